package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.domain.client.ScimToken;
import dev.personaltokens.domain.token.TokenDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SCIM tokens in a map, listed as the table orders them. */
public final class InMemoryScimTokens implements ScimTokens {

  private final Map<UUID, ScimToken> byId = new HashMap<>();

  @Override
  public synchronized void add(ScimToken token) {
    if (byId.putIfAbsent(token.id(), token) != null) {
      throw new IllegalStateException("a token with this id exists already");
    }
  }

  @Override
  public synchronized Optional<ScimToken> findByDigest(TokenDigest digest) {
    return byId.values().stream().filter(token -> token.digest().equals(digest)).findFirst();
  }

  @Override
  public synchronized List<ScimToken> all() {
    return byId.values().stream()
        .sorted(Comparator.comparing(ScimToken::created).thenComparing(ScimToken::id))
        .toList();
  }

  @Override
  public synchronized boolean remove(UUID id) {
    return byId.remove(id) != null;
  }
}
