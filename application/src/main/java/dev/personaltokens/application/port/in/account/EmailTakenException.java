package dev.personaltokens.application.port.in.account;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/** An account with this email exists already. */
public final class EmailTakenException extends DomainException {

  public EmailTakenException() {
    super(
        ErrorCategory.CONFLICT, "account.email.taken", "an account with this email exists already");
  }
}
