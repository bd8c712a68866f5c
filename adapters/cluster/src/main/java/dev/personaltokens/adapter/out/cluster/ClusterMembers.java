package dev.personaltokens.adapter.out.cluster;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code PTK_CLUSTER_MEMBERS} read one way for the launcher, which writes the members into the data
 * grid's file, and for the server, which trusts its cache only while they are all present: {@code
 * host:port} separated by commas.
 */
public final class ClusterMembers {

  private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-]+:[0-9]{1,5}");

  private ClusterMembers() {}

  /** The members as written, each checked; empty for an empty text. */
  public static List<String> parse(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<String> members = Arrays.stream(text.split(",")).map(String::trim).toList();
    for (String member : members) {
      if (!isHostPort(member)) {
        throw new IllegalArgumentException(
            "PTK_CLUSTER_MEMBERS: \"" + member + "\" is not host:port, e.g. 10.0.0.5:6900");
      }
    }
    return members;
  }

  public static boolean isHostPort(String text) {
    return HOST_PORT.matcher(text).matches();
  }

  /** The address of a member {@link #parse} accepted, its host name resolved. */
  public static InetSocketAddress address(String member) {
    int colon = member.lastIndexOf(':');
    return new InetSocketAddress(
        member.substring(0, colon), Integer.parseInt(member.substring(colon + 1)));
  }
}
