package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.PersonalTokenNotFoundException;
import dev.personaltokens.application.port.in.token.RotatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.Rotation;
import dev.personaltokens.application.port.in.token.RotationConflictException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Instant;
import java.util.Optional;

public final class RotatePersonalTokenService implements RotatePersonalTokenUseCase {

  private final PersonalTokens tokens;
  private final Accounts accounts;
  private final Clock clock;
  private final Randomness randomness;
  private final CurrentPolicy policy;
  private final Audit audit;

  public RotatePersonalTokenService(
      PersonalTokens tokens,
      Accounts accounts,
      Clock clock,
      Randomness randomness,
      CurrentPolicy policy,
      Audit audit) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.clock = clock;
    this.randomness = randomness;
    this.policy = policy;
    this.audit = audit;
  }

  /** A rotated-away token of the owner is found here, unlike by GET: rotating it is a reuse. */
  @Override
  public Rotation rotate(
      AccountId owner, TokenId id, Optional<Instant> expiresAt, Optional<AllowedIps> allowedIps) {
    PersonalToken token =
        tokens
            .findById(id)
            .filter(found -> found.isOwnedBy(owner))
            .filter(found -> found.isRotatedAway() || !found.isRevoked())
            .orElseThrow(() -> new PersonalTokenNotFoundException(id));
    return rotate(token, expiresAt, allowedIps);
  }

  /**
   * Replaces a live token, keeping its allowed addresses unless others are asked for; for a
   * rotated-away one, ends its family instead. The old token is revoked by a conditional write
   * before its successor is added, so of two concurrent rotations only one gets past it: never two
   * live successors.
   */
  Rotation rotate(
      PersonalToken token, Optional<Instant> expiresAt, Optional<AllowedIps> allowedIps) {
    Instant now = clock.now();
    if (token.isRotatedAway()) {
      int revoked = tokens.revokeFamily(token.family(), now);
      audit.record(
          token,
          AuditEventType.TOKEN_REUSE_DETECTED,
          "presented again after its rotation; "
              + revoked
              + " live token(s) of its family revoked");
      return new Rotation.ReuseDetected(token, revoked);
    }
    if (!accounts.holdIfActive(token.owner())) {
      throw AuthenticationException.deactivated();
    }
    TokenSecret secret = randomness.secret(SecretKind.PERSONAL_TOKEN);
    PersonalToken successor =
        token.successor(secret, expiresAt, allowedIps, policy.current().expiryPolicy(), now);
    if (!tokens.revoke(token.id(), now, Revocation.ROTATED)) {
      throw new RotationConflictException(token.id());
    }
    tokens.add(successor);
    audit.record(token, AuditEventType.TOKEN_ROTATED, "replaced by " + successor.id());
    return new Rotation.Rotated(new CreatedPersonalToken(successor, secret));
  }
}
