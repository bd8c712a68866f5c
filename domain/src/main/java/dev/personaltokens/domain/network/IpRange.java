package dev.personaltokens.domain.network;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * A block of addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a single
 * address is the block of just it. IPv4 and IPv6 blocks never contain each other's addresses,
 * except that an IPv4-mapped IPv6 address is its IPv4 address ({@link IpAddress#parse}).
 */
public record IpRange(IpAddress network, int prefix) {

  public IpRange {
    int bits = network.address().getAddress().length * 8;
    if (prefix < 0 || prefix > bits) {
      throw invalid(network.text() + "/" + prefix);
    }
    network = new IpAddress(masked(network.address(), prefix));
  }

  /**
   * {@code 192.0.2.7}, {@code 10.0.0.0/8}, {@code ::1}, {@code 2001:db8::/32}. Bits set past the
   * prefix are dropped ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}). An IPv4-mapped IPv6 block is its
   * IPv4 block, its prefix counting the mapping's 96 bits: {@code ::ffff:10.0.0.0/104} is {@code
   * 10.0.0.0/8}.
   */
  public static IpRange parse(String text) {
    return parse(text, false);
  }

  /**
   * As {@link #parse}, but a block whose address has bits set past its prefix ({@code 10.1.2.3/8})
   * is refused rather than widened: it says two things at once, one address or a block, and a
   * person who wrote it may have meant either.
   */
  public static IpRange parseExact(String text) {
    return parse(text, true);
  }

  private static IpRange parse(String text, boolean exact) {
    String trimmed = text == null ? "" : text.strip();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    IpAddress network = IpAddress.parse(address).orElseThrow(() -> invalid(trimmed));
    if (!IpAddress.withoutPort(address).equals(address) || !address.equals(address.strip())) {
      throw invalid(trimmed); // a port, or a space before the prefix, has no place in a range
    }
    int bits = network.address().getAddress().length * 8;
    if (slash < 0) {
      return new IpRange(network, bits);
    }
    String prefixText = trimmed.substring(slash + 1);
    if (!prefixText.matches("\\d{1,3}")) {
      throw invalid(trimmed);
    }
    // Written in IPv6 notation, an address that parsed as IPv4 was a mapped one (::ffff:a.b.c.d).
    int mapping = address.contains(":") && bits == 32 ? 128 - 32 : 0;
    int prefix = Integer.parseInt(prefixText) - mapping;
    if (prefix < 0 || prefix > bits) {
      throw invalid(trimmed);
    }
    IpRange range = new IpRange(network, prefix);
    if (exact && !range.network().equals(network)) {
      throw new InvalidValueException(
          "network.range.host_bits",
          "range",
          cut(trimmed)
              + " has bits set past its prefix: write "
              + range.text()
              + " for the block, or the address alone");
    }
    return range;
  }

  public boolean contains(IpAddress address) {
    byte[] candidate = address.address().getAddress();
    return candidate.length == network.address().getAddress().length
        && Arrays.equals(
            masked(address.address(), prefix).getAddress(), network.address().getAddress());
  }

  /** {@code 10.0.0.0/8}; a single address without its prefix. */
  public String text() {
    return prefix == network.address().getAddress().length * 8
        ? network.text()
        : network.text() + "/" + prefix;
  }

  private static InetAddress masked(InetAddress address, int prefix) {
    byte[] bytes = address.getAddress();
    for (int i = 0; i < bytes.length; i++) {
      int keep = Math.max(0, Math.min(8, prefix - 8 * i));
      bytes[i] &= (byte) (0xff << (8 - keep));
    }
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static InvalidValueException invalid(String text) {
    return new InvalidValueException(
        "network.range.invalid", "range", "not an IP address or CIDR range: " + cut(text));
  }

  /** What a person wrote, echoed back: at most 50 characters, none of them a control one. */
  private static String cut(String text) {
    return Text.printable(text.length() > 50 ? text.substring(0, 50) + "..." : text);
  }
}
