package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Sessions in a map keyed by digest, as the table is by its unique index. */
public final class InMemorySessions implements Sessions {

  private final Map<TokenDigest, Session> byDigest = new LinkedHashMap<>();

  @Override
  public synchronized void add(Session session) {
    if (byDigest.putIfAbsent(session.digest(), session) != null) {
      throw new IllegalStateException("a session with this digest exists already");
    }
  }

  @Override
  public synchronized Optional<Session> findByDigest(TokenDigest digest) {
    return Optional.ofNullable(byDigest.get(digest));
  }

  @Override
  public synchronized void remove(TokenDigest digest) {
    byDigest.remove(digest);
  }

  @Override
  public synchronized int removeAllOf(AccountId account) {
    return removeIf(session -> session.account().equals(account));
  }

  @Override
  public synchronized int removeOthersOf(AccountId account, TokenDigest kept) {
    return removeIf(session -> session.account().equals(account) && !session.digest().equals(kept));
  }

  @Override
  public synchronized int removeExpiredBefore(Instant instant) {
    return removeIf(session -> session.expiresAt().isBefore(instant));
  }

  private int removeIf(Predicate<Session> condition) {
    int before = byDigest.size();
    byDigest.values().removeIf(condition);
    return before - byDigest.size();
  }

  /** Every stored session, to check what a service stored. */
  public synchronized List<Session> all() {
    return List.copyOf(byDigest.values());
  }
}
