package dev.personaltokens.application.port.in.token;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.token.TokenId;

/** No such token for this owner: it never existed, was revoked, or belongs to someone else. */
public final class PersonalTokenNotFoundException extends DomainException {

  public PersonalTokenNotFoundException(TokenId id) {
    super(ErrorCategory.NOT_FOUND, "token.not_found", "no personal token " + id);
  }
}
