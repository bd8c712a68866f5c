package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/** Signed in, but what was asked for is an admin's to do. */
public final class RoleInsufficientException extends DomainException {

  public RoleInsufficientException() {
    super(ErrorCategory.FORBIDDEN, "auth.role.insufficient", "this needs an admin of this server");
  }
}
