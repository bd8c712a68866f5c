package dev.personaltokens.application.service;

import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each token was last used on this node and not yet written: the request path notes it here,
 * in memory, and {@link FlushTokenUsageService} writes it in one batch a second later. Only the
 * latest use of a token is kept, so the map holds at most the tokens used between two flushes.
 */
public final class PendingUsage {

  /** One token's latest use. */
  public record Use(TokenId token, Instant at, String address) {}

  private final ConcurrentHashMap<TokenId, Use> latest = new ConcurrentHashMap<>();

  void record(TokenId token, Instant at, String address) {
    latest.merge(
        token, new Use(token, at, address), (old, use) -> use.at().isBefore(old.at()) ? old : use);
  }

  /** Takes every pending use out; a use noted meanwhile stays for the next flush. */
  List<Use> drain() {
    List<Use> uses = new ArrayList<>();
    for (TokenId token : latest.keySet()) {
      Use use = latest.remove(token);
      if (use != null) {
        uses.add(use);
      }
    }
    return uses;
  }

  /** Puts back uses a failed flush could not write, unless a newer one came meanwhile. */
  void restore(List<Use> uses) {
    uses.forEach(use -> record(use.token(), use.at(), use.address()));
  }
}
