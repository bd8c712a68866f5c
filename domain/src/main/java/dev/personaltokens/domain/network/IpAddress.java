package dev.personaltokens.domain.network;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address, parsed from the text a client or a proxy sent - never looked up by name
 * - and written back in one canonical form (RFC 5952 for IPv6: {@code ::1}, never {@code
 * 0:0:0:0:0:0:0:1}; an IPv4-mapped IPv6 address is the IPv4 address it maps), so that the same
 * client is the same text in the security log, in a throttle's key and in a comparison.
 */
public record IpAddress(InetAddress address) {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** Hex digits and colons, with at most a dotted IPv4 tail: nothing a resolver would look up. */
  private static final Pattern IPV6 =
      Pattern.compile("[0-9A-Fa-f:]{2,39}(\\d{1,3}(\\.\\d{1,3}){3})?");

  /** Any IPv6 block of this many leading bits is one client's: a host gets a /64 at least. */
  static final int IPV6_CLIENT_BITS = 64;

  /**
   * The address {@code text} holds: a literal, optionally in brackets, optionally with a port
   * ({@code 192.0.2.1:443}, {@code [2001:db8::1]:443}), as proxies write them; empty for anything
   * else (a name, garbage).
   */
  public static Optional<IpAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String literal = withoutPort(text.strip());
    if (!IPV4.matcher(literal).matches()
        && !(literal.contains(":") && IPV6.matcher(literal).matches())) {
      return Optional.empty();
    }
    try {
      // A literal of these characters only is parsed, never resolved.
      return Optional.of(new IpAddress(InetAddress.getByName(literal)));
    } catch (UnknownHostException notAnAddress) {
      return Optional.empty();
    }
  }

  /** {@code text} without the port or brackets around it, if it has them. */
  static String withoutPort(String text) {
    if (text.startsWith("[")) {
      int end = text.indexOf(']');
      return end < 0 ? text : text.substring(1, end);
    }
    int colon = text.indexOf(':');
    return colon > 0 && colon == text.lastIndexOf(':') ? text.substring(0, colon) : text;
  }

  public boolean isIpv6() {
    return address instanceof Inet6Address;
  }

  /**
   * What one client is, for counting its attempts: the address itself for IPv4, its /64 for IPv6 -
   * a single host may use any address of its /64, so counting addresses would count nothing.
   */
  public String clientKey() {
    return isIpv6() ? new IpRange(this, IPV6_CLIENT_BITS).text() : text();
  }

  /**
   * The {@link #clientKey} of the address in {@code text}, or {@code text} itself if it holds none.
   */
  public static String clientKeyOf(String text) {
    return parse(text).map(IpAddress::clientKey).orElse(text);
  }

  /** The canonical text. */
  public String text() {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return address.getHostAddress();
    }
    int[] hextets = new int[8];
    for (int i = 0; i < 8; i++) {
      hextets[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    // The longest run of two or more zero hextets (the first of equal ones) becomes "::".
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && hextets[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(hextets[i]));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
