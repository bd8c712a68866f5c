package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.Base62;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import dev.personaltokens.domain.token.TokenSecret;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Builds accounts, tokens and sessions for tests that may share a database with other tests: every
 * email and secret is unique, and every instant has whole microseconds, as DATETIME(6) keeps them.
 */
public final class TokenFixtures {

  /** An instant with microseconds, which a DATETIME(6) column keeps exactly. */
  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  public static final Duration LIFETIME = Duration.ofDays(30);

  private static final Random RANDOM = new SecureRandom();

  private TokenFixtures() {}

  /** An email that no other test uses. */
  public static Email uniqueEmail() {
    return new Email("owner-" + UUID.randomUUID() + "@example.com");
  }

  /** A new account to own tokens or sessions; fails when it can't be added. */
  public static Account newOwner(Accounts accounts) {
    return accounts
        .add(uniqueEmail(), new PasswordHash("x"), T0, Role.MEMBER)
        .orElseThrow(() -> new IllegalStateException("a fresh email was refused"));
  }

  public static TokenSecret randomSecret(SecretKind kind) {
    StringBuilder random = new StringBuilder();
    for (int i = 0; i < TokenSecret.RANDOM_LENGTH; i++) {
      random.append(Base62.ALPHABET.charAt(RANDOM.nextInt(Base62.ALPHABET.length())));
    }
    return TokenSecret.issue(kind, random.toString());
  }

  /** A token as just issued: never used, not revoked, last modified when created. */
  public static PersonalToken token(
      AccountId owner, String name, String description, Instant created) {
    return token(owner, name, description, created, randomSecret(SecretKind.PERSONAL_TOKEN));
  }

  public static PersonalToken token(
      AccountId owner, String name, String description, Instant created, TokenSecret secret) {
    return token(owner, secret, name, description, created, created.plus(LIFETIME), null);
  }

  /**
   * A token with every date chosen, such as the API can't make: expired, or revoked long ago (last
   * modified when revoked).
   */
  public static PersonalToken token(
      AccountId owner,
      TokenSecret secret,
      String name,
      String description,
      Instant created,
      Instant expiresAt,
      Instant revokedAt) {
    return token(owner, secret, Scope.GLOBAL, name, description, created, expiresAt, revokedAt);
  }

  /** The same with a scope chosen. */
  public static PersonalToken token(
      AccountId owner,
      TokenSecret secret,
      Scope scope,
      String name,
      String description,
      Instant created,
      Instant expiresAt,
      Instant revokedAt) {
    return token(
        owner,
        secret,
        scope,
        AllowedIps.ANYWHERE,
        name,
        description,
        created,
        expiresAt,
        revokedAt);
  }

  /** The same, bound to {@code allowedIps}. */
  public static PersonalToken token(
      AccountId owner,
      TokenSecret secret,
      Scope scope,
      AllowedIps allowedIps,
      String name,
      String description,
      Instant created,
      Instant expiresAt,
      Instant revokedAt) {
    TokenId id = TokenId.random();
    return new PersonalToken(
        id,
        id,
        owner,
        new TokenName(name),
        new TokenDescription(description),
        scope,
        allowedIps,
        secret.hint(),
        secret.digest(),
        created,
        revokedAt == null ? created : revokedAt,
        expiresAt,
        null,
        null,
        revokedAt,
        revokedAt == null ? null : Revocation.REVOKED);
  }

  public static PersonalToken token(AccountId owner, String name, Instant created) {
    return token(owner, name, "", created);
  }

  /** A session of {@code account} opened at {@code created}, for a day. */
  public static Session session(AccountId account, Instant created) {
    return new Session(
        randomSecret(SecretKind.SESSION).digest(),
        account,
        created,
        created.plus(Duration.ofDays(1)));
  }

  /** Runs both at once, each as its own unit of work where the store has them. */
  public static List<Boolean> concurrently(Callable<Boolean> first, Callable<Boolean> second)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      var one = pool.submit(first);
      var two = pool.submit(second);
      return List.of(one.get(10, TimeUnit.SECONDS), two.get(10, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }
}
