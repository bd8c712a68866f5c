package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.network.IpAddress;
import dev.personaltokens.domain.network.IpRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The client addresses a token may be used from: at most {@value #MAX_ENTRIES} IPv4 or IPv6
 * addresses and CIDR ranges, or none, which means anywhere. Each entry is written canonically
 * ({@link IpRange#text}: {@code 2001:DB8::1/128} is {@code 2001:db8::1}, {@code ::ffff:10.1.2.3} is
 * {@code 10.1.2.3}, {@code ::ffff:10.0.0.0/104} is {@code 10.0.0.0/8}) and kept once, in the order
 * given. A range with bits set past its prefix ({@code 10.1.2.3/8}) is refused, not widened ({@link
 * IpRange#parseExact}). An IPv4-mapped IPv6 client ({@code ::ffff:10.1.2.3}) is its IPv4 address,
 * so an IPv4 range holds it; otherwise IPv4 and IPv6 never hold each other's addresses.
 */
public record AllowedIps(List<IpRange> ranges) {

  public static final int MAX_ENTRIES = 20;

  /** The field a client names the list by, in the API and its errors. */
  public static final String FIELD = "allowed_ips";

  /** No binding: the token works from any address. */
  public static final AllowedIps ANYWHERE = new AllowedIps(List.of());

  public AllowedIps {
    ranges = List.copyOf(new LinkedHashSet<>(ranges));
    if (ranges.size() > MAX_ENTRIES) {
      throw tooMany();
    }
  }

  /**
   * The list a person or a client gave: each entry an address or a CIDR range.
   *
   * @throws InvalidValueException {@code token.allowed_ips.too_many} past {@value #MAX_ENTRIES}
   *     entries, {@code token.allowed_ips.invalid} for an entry that is no address or exact range
   */
  public static AllowedIps parse(List<String> entries) {
    if (entries.size() > MAX_ENTRIES) {
      throw tooMany();
    }
    List<IpRange> ranges = new ArrayList<>(entries.size());
    for (String entry : entries) {
      try {
        ranges.add(IpRange.parseExact(entry));
      } catch (InvalidValueException notARange) {
        throw new InvalidValueException(
            "token.allowed_ips.invalid", FIELD, FIELD + ": " + notARange.getMessage());
      }
    }
    return new AllowedIps(ranges);
  }

  /** The list as {@link #text} wrote it; blank is {@link #ANYWHERE}. */
  public static AllowedIps fromText(String text) {
    if (text == null || text.isBlank()) {
      return ANYWHERE;
    }
    return parse(List.of(text.split(",")));
  }

  /** The canonical entries, comma-separated ({@code 10.0.0.0/8,2001:db8::/32}); "" for anywhere. */
  public String text() {
    return String.join(",", texts());
  }

  /** The canonical entries, in order. */
  public List<String> texts() {
    return ranges.stream().map(IpRange::text).toList();
  }

  public boolean isAnywhere() {
    return ranges.isEmpty();
  }

  /**
   * Whether a client at {@code address} may use the token. Bound to addresses, never from an
   * unknown client (null) or one that is no address literal.
   */
  public boolean allows(String address) {
    return isAnywhere() || IpAddress.parse(address).map(this::allows).orElse(false);
  }

  public boolean allows(IpAddress address) {
    return isAnywhere() || ranges.stream().anyMatch(range -> range.contains(address));
  }

  private static InvalidValueException tooMany() {
    return new InvalidValueException(
        "token.allowed_ips.too_many",
        FIELD,
        FIELD + ": at most " + MAX_ENTRIES + " addresses or ranges");
  }
}
