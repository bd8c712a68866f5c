package dev.personaltokens.application.port.in.token;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.token.TokenId;

/** Another rotation or revocation of the same token won the race: one token, one successor. */
public final class RotationConflictException extends DomainException {

  public RotationConflictException(TokenId id) {
    super(
        ErrorCategory.CONFLICT,
        "token.rotation.conflict",
        "personal token " + id + " was rotated or revoked by another request at the same time");
  }
}
