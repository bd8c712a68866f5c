package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The notices in a map, over the tokens of an {@link InMemoryPersonalTokens}. */
public final class InMemoryNotices implements Notices {

  private record Key(TokenId token, Kind kind) {}

  private final InMemoryPersonalTokens tokens;

  /** Each notice and when it was sent; null while requested only. */
  private final Map<Key, Instant> notices = new LinkedHashMap<>();

  public InMemoryNotices(InMemoryPersonalTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public synchronized List<PersonalToken> expiringWithout(
      Kind kind, Instant after, Instant until, int limit) {
    return tokens.all().stream()
        .filter(token -> !token.isRevoked())
        .filter(token -> token.expiresAt().isAfter(after) && !token.expiresAt().isAfter(until))
        .filter(token -> !notices.containsKey(new Key(token.id(), kind)))
        .sorted(Comparator.comparing(PersonalToken::expiresAt))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<PersonalToken> unusedWithout(
      Kind kind, Instant unusedSince, Instant now, int limit) {
    return tokens.findUnusedSince(unusedSince, now, Integer.MAX_VALUE).stream()
        .filter(token -> sentSinceLastUse(token, kind) == null)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<PersonalToken> unusedNoticedBy(
      Kind kind, Instant unusedSince, Instant noticedBy, Instant now, int limit) {
    return tokens.findUnusedSince(unusedSince, now, Integer.MAX_VALUE).stream()
        .filter(
            token -> {
              Instant sent = sentSinceLastUse(token, kind);
              return sent != null && !sent.isAfter(noticedBy);
            })
        .limit(limit)
        .toList();
  }

  /**
   * When {@code token} had its notice of {@code kind} since it was last used; null if it had none.
   */
  private Instant sentSinceLastUse(PersonalToken token, Kind kind) {
    Instant sent = notices.get(new Key(token.id(), kind));
    return sent == null || sent.isBefore(token.unusedSince()) ? null : sent;
  }

  @Override
  public synchronized boolean claim(TokenId token, Kind kind, Instant at) {
    Key key = new Key(token, kind);
    if (kind == Kind.INACTIVE) {
      // A notice of an earlier disuse, before the token was used again, no longer counts.
      tokens
          .findById(token)
          .filter(found -> sentSinceLastUse(found, kind) == null)
          .ifPresent(found -> notices.remove(key));
    }
    if (notices.containsKey(key)) {
      return false;
    }
    notices.put(key, at);
    return true;
  }

  @Override
  public synchronized void request(TokenId token, Kind kind) {
    Key key = new Key(token, kind);
    if (!notices.containsKey(key)) {
      notices.put(key, null);
    }
  }

  @Override
  public synchronized List<TokenId> pending(Kind kind, int limit) {
    return notices.entrySet().stream()
        .filter(entry -> entry.getKey().kind() == kind && entry.getValue() == null)
        .map(entry -> entry.getKey().token())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean markSent(TokenId token, Kind kind, Instant at) {
    Key key = new Key(token, kind);
    if (!notices.containsKey(key) || notices.get(key) != null) {
      return false;
    }
    notices.put(key, at);
    return true;
  }

  /** Every kind is named, so that a new one can't be released as the wrong sort of notice. */
  @Override
  public synchronized void release(TokenId token, Kind kind) {
    boolean requested =
        switch (kind) {
          case LEAKED, REVOKED_BY_ADMIN -> true;
          case EXPIRY_7_DAYS, EXPIRY_1_DAY, INACTIVE -> false;
        };
    if (requested) {
      notices.replace(new Key(token, kind), null);
    } else {
      notices.remove(new Key(token, kind));
    }
  }
}
