package dev.personaltokens.application.node;

import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each token was last used on this node and not yet written: the request path notes it here,
 * in memory, and {@link FlushTokenUsageService} writes it in one batch a second later. Only the
 * latest use of a token is kept, so the map holds at most the tokens used between two flushes.
 */
public final class PendingUsage {

  /**
   * How stale {@code last_used_at} may get: a use within a minute of the one noted before, from the
   * same address, is not noted again.
   */
  static final Duration PRECISION = Duration.ofMinutes(1);

  /** One token's latest use. */
  public record Use(TokenId token, Instant at, String address) {}

  private final ConcurrentHashMap<TokenId, Use> latest = new ConcurrentHashMap<>();

  /**
   * The last use noted of each token, written or not: the token a request presents may come from a
   * node's cache, whose {@code lastUsedAt} is the one it was read with.
   */
  private final BoundedMap<TokenId, Use> noted =
      new BoundedMap<>((use, now) -> !isRecent(use, now));

  private volatile boolean tracking = true;

  /** Turns noting uses on or off, for the benchmark to measure what it costs. */
  public void track(boolean on) {
    tracking = on;
  }

  /** Notes a use of {@code token} at {@code at} from {@code address}, unless one is recent. */
  public void note(PersonalToken token, Instant at, String address) {
    if (!tracking) {
      return;
    }
    Use before = noted.get(token.id());
    if (before == null && token.lastUsedAt() != null) {
      before = new Use(token.id(), token.lastUsedAt(), token.lastUsedIp());
    }
    if (before != null && isRecent(before, at) && Objects.equals(before.address(), address)) {
      return;
    }
    synchronized (noted) {
      noted.makeRoom(at);
      noted.put(token.id(), new Use(token.id(), at, address));
    }
    record(token.id(), at, address);
  }

  private static boolean isRecent(Use use, Instant now) {
    return !use.at().isBefore(now.minus(PRECISION));
  }

  public void record(TokenId token, Instant at, String address) {
    latest.merge(
        token, new Use(token, at, address), (old, use) -> use.at().isBefore(old.at()) ? old : use);
  }

  /** Takes every pending use out; a use noted meanwhile stays for the next flush. */
  public List<Use> drain() {
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
  public void restore(List<Use> uses) {
    uses.forEach(use -> record(use.token(), use.at(), use.address()));
  }
}
