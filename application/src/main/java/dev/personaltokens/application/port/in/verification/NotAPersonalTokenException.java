package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/** {@code self} means the personal token of the request; a session is not one. */
public final class NotAPersonalTokenException extends DomainException {

  public NotAPersonalTokenException() {
    super(
        ErrorCategory.INVALID,
        "token.self.not_personal",
        "self is the personal token you call with; this request came with a session");
  }
}
