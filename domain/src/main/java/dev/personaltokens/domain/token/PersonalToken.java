package dev.personaltokens.domain.token;

import dev.personaltokens.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A long-lived token of one account. It can't be modified once created; it can only be used (which
 * moves {@code lastUsedAt}) and revoked.
 *
 * @param lastUsedAt null until first used
 * @param revokedAt null while not revoked
 */
public record PersonalToken(
    TokenId id,
    AccountId owner,
    TokenName name,
    TokenDescription description,
    Scope scope,
    TokenHint hint,
    TokenDigest digest,
    Instant created,
    Instant lastModified,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public PersonalToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** A new token for {@code secret}, after checking its expiry against the policy. */
  public static PersonalToken issue(
      AccountId owner,
      TokenName name,
      TokenDescription description,
      Scope scope,
      TokenSecret secret,
      Instant expiresAt,
      ExpiryPolicy policy,
      Instant now) {
    policy.check(expiresAt, now);
    return new PersonalToken(
        TokenId.random(),
        owner,
        name,
        description,
        scope,
        secret.hint(),
        secret.digest(),
        now,
        now,
        expiresAt,
        null,
        null);
  }

  /** This token revoked at {@code at}: the one change a token takes, besides being used. */
  public PersonalToken revoke(Instant at) {
    return new PersonalToken(
        id, owner, name, description, scope, hint, digest, created, at, expiresAt, lastUsedAt, at);
  }

  /** This token, last used at {@code at}. */
  public PersonalToken use(Instant at) {
    return new PersonalToken(
        id,
        owner,
        name,
        description,
        scope,
        hint,
        digest,
        created,
        lastModified,
        expiresAt,
        at,
        revokedAt);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public boolean isOwnedBy(AccountId account) {
    return owner.equals(account);
  }
}
