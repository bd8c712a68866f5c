package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.network.IpAddress;
import dev.personaltokens.domain.network.IpRange;
import java.util.Arrays;
import java.util.List;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed (PTK_TRUSTED_PROXIES: addresses and
 * CIDR ranges, IPv4 and IPv6). Each proxy appends the address it was called from, so the client is
 * found by walking back from the peer through the header's entries while they are trusted proxies;
 * the first that is not is the client. From anyone else the header is ignored, so a client can't
 * choose the address it is logged and limited by.
 */
public record TrustedProxies(List<IpRange> ranges) {

  public static final TrustedProxies NONE = new TrustedProxies(List.of());

  public TrustedProxies {
    ranges = List.copyOf(ranges);
  }

  /**
   * A comma-separated list, e.g. {@code 127.0.0.1, ::1, 10.0.0.0/8}; blank for none.
   *
   * @throws dev.personaltokens.domain.InvalidValueException for an entry that is no address or
   *     range
   */
  public static TrustedProxies parse(String list) {
    if (list == null || list.isBlank()) {
      return NONE;
    }
    return new TrustedProxies(
        Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(entry -> !entry.isEmpty())
            .map(IpRange::parse)
            .toList());
  }

  /**
   * The client's address, in canonical form, given the peer's and every {@code X-Forwarded-For}
   * line the request carried, in order (a proxy may add a line rather than extend the first).
   */
  public String client(String peer, List<String> forwardedFor) {
    IpAddress current = IpAddress.parse(peer).orElse(null);
    if (current == null) {
      return peer;
    }
    if (forwardedFor.isEmpty() || !trusts(current)) {
      return current.text();
    }
    List<String> hops =
        forwardedFor.stream()
            .flatMap(line -> Arrays.stream(line.split(",")))
            .map(String::strip)
            .filter(hop -> !hop.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      IpAddress hop = IpAddress.parse(hops.get(i)).orElse(null);
      if (hop == null) {
        // Not an address ("unknown", garbage): nothing before it can be vouched for, so the
        // client is the last address that a trusted proxy gave.
        return current.text();
      }
      current = hop;
      if (!trusts(hop)) {
        return hop.text();
      }
    }
    return current.text();
  }

  private boolean trusts(IpAddress address) {
    return ranges.stream().anyMatch(range -> range.contains(address));
  }
}
