package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** Every stored session, to check what a service stored. */
  public synchronized List<Session> all() {
    return List.copyOf(byDigest.values());
  }
}
