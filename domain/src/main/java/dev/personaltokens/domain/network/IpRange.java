package dev.personaltokens.domain.network;

import dev.personaltokens.domain.InvalidValueException;
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

  /** {@code 192.0.2.7}, {@code 10.0.0.0/8}, {@code ::1}, {@code 2001:db8::/32}. */
  public static IpRange parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    IpAddress network = IpAddress.parse(address).orElseThrow(() -> invalid(trimmed));
    if (!IpAddress.withoutPort(address).equals(address)) {
      throw invalid(trimmed); // a port has no place in a range
    }
    int bits = network.address().getAddress().length * 8;
    if (slash < 0) {
      return new IpRange(network, bits);
    }
    String prefix = trimmed.substring(slash + 1);
    if (!prefix.matches("\\d{1,3}")) {
      throw invalid(trimmed);
    }
    return new IpRange(network, Integer.parseInt(prefix));
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
        "network.range.invalid",
        "range",
        "not an IP address or CIDR range: "
            + (text.length() > 50 ? text.substring(0, 50) + "..." : text));
  }
}
