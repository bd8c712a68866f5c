package dev.personaltokens.adapter.in.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed (PTK_TRUSTED_PROXIES): the client
 * is the last address in that header that is not one of them. From anyone else the header is
 * ignored, so a client can't choose the address it is logged and limited by.
 */
public record TrustedProxies(Set<String> addresses) {

  public static final TrustedProxies NONE = new TrustedProxies(Set.of());

  public TrustedProxies {
    addresses = Set.copyOf(addresses);
  }

  /** A comma-separated list of addresses, e.g. {@code 127.0.0.1, 10.0.0.5}; blank for none. */
  public static TrustedProxies parse(String list) {
    if (list == null || list.isBlank()) {
      return NONE;
    }
    return new TrustedProxies(
        Arrays.stream(list.split(","))
            .map(String::strip)
            .filter(address -> !address.isEmpty())
            .collect(Collectors.toSet()));
  }

  /** The client's address, given the peer's and the {@code X-Forwarded-For} it sent (or null). */
  public String client(String peer, String forwardedFor) {
    if (forwardedFor == null || !addresses.contains(peer)) {
      return peer;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!hops.get(i).isEmpty() && !addresses.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return peer;
  }
}
