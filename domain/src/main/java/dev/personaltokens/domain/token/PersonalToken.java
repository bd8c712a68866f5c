package dev.personaltokens.domain.token;

import dev.personaltokens.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A long-lived token of one account. It can't be modified once created; it can only be used (which
 * moves {@code lastUsedAt}), revoked, and rotated: replaced by a successor of the same family.
 *
 * @param family the first token of its rotation family: its own id until it is a successor
 * @param allowedIps the client addresses it may be used from; {@link AllowedIps#ANYWHERE} when not
 *     bound
 * @param lastUsedAt null until first used
 * @param lastUsedIp the client address it was last used from; null when unknown
 * @param revokedAt null while not revoked
 * @param revocation why it was revoked; null while not revoked
 */
public record PersonalToken(
    TokenId id,
    TokenId family,
    AccountId owner,
    TokenName name,
    TokenDescription description,
    Scope scope,
    AllowedIps allowedIps,
    TokenHint hint,
    TokenDigest digest,
    Instant created,
    Instant lastModified,
    Instant expiresAt,
    Instant lastUsedAt,
    String lastUsedIp,
    Instant revokedAt,
    Revocation revocation) {

  public PersonalToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(allowedIps, "allowedIps");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if ((revokedAt == null) != (revocation == null)) {
      throw new IllegalArgumentException("a revoked token says why, and only a revoked one");
    }
  }

  /**
   * A new token {@code id} for {@code secret}, after checking its expiry against the policy. The
   * caller draws the id, so that a call tried again makes the same token (see {@code
   * CreatePersonalTokenService}).
   */
  public static PersonalToken issue(
      TokenId id,
      AccountId owner,
      TokenName name,
      TokenDescription description,
      Scope scope,
      AllowedIps allowedIps,
      TokenSecret secret,
      Instant expiresAt,
      ExpiryPolicy policy,
      Instant now) {
    policy.check(expiresAt, now);
    return new PersonalToken(
        id,
        id,
        owner,
        name,
        description,
        scope,
        allowedIps,
        secret.hint(),
        secret.digest(),
        now,
        now,
        expiresAt,
        null,
        null,
        null,
        null);
  }

  /**
   * The token that replaces this one: same owner, name, description, scope, allowed addresses and
   * family, a new id and secret, expiring at {@code expiresAt} or, when none is asked for, after
   * this token's lifetime again, capped by the policy's maximum.
   */
  public PersonalToken successor(
      TokenSecret secret, Optional<Instant> expiresAt, ExpiryPolicy policy, Instant now) {
    return successor(secret, expiresAt, Optional.empty(), policy, now);
  }

  /** The same, bound to {@code allowedIps} instead of this token's addresses when it is given. */
  public PersonalToken successor(
      TokenSecret secret,
      Optional<Instant> expiresAt,
      Optional<AllowedIps> allowedIps,
      ExpiryPolicy policy,
      Instant now) {
    Duration lifetime = Duration.between(created, this.expiresAt);
    Duration again = lifetime.compareTo(policy.maxLifetime()) < 0 ? lifetime : policy.maxLifetime();
    // Whole seconds, as people write expiries; a fraction of the old lifetime is noise.
    Instant expiry = expiresAt.orElseGet(() -> now.plus(again).truncatedTo(ChronoUnit.SECONDS));
    policy.check(expiry, now);
    return new PersonalToken(
        TokenId.random(),
        family,
        owner,
        name,
        description,
        scope,
        allowedIps.orElse(this.allowedIps),
        secret.hint(),
        secret.digest(),
        now,
        now,
        expiry,
        null,
        null,
        null,
        null);
  }

  /** This token revoked at {@code at} for {@code why}. */
  public PersonalToken revoke(Instant at, Revocation why) {
    return new PersonalToken(
        id,
        family,
        owner,
        name,
        description,
        scope,
        allowedIps,
        hint,
        digest,
        created,
        at,
        expiresAt,
        lastUsedAt,
        lastUsedIp,
        at,
        why);
  }

  /** This token, last used at {@code at} from {@code address} (null when unknown). */
  public PersonalToken use(Instant at, String address) {
    return new PersonalToken(
        id,
        family,
        owner,
        name,
        description,
        scope,
        allowedIps,
        hint,
        digest,
        created,
        lastModified,
        expiresAt,
        at,
        address,
        revokedAt,
        revocation);
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** Whether a successor replaced it: presenting it again for a rotation is a reuse. */
  public boolean isRotatedAway() {
    return revocation == Revocation.ROTATED;
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * Whether a client at {@code address} (canonical text, null when unknown) may use it: from
   * anywhere unless it is bound to addresses.
   */
  public boolean isAllowedFrom(String address) {
    return allowedIps.allows(address);
  }

  public boolean isOwnedBy(AccountId account) {
    return owner.equals(account);
  }

  /** Since when it has gone unused: its last use, or its creation if it was never used. */
  public Instant unusedSince() {
    return lastUsedAt == null ? created : lastUsedAt;
  }
}
