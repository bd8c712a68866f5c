package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.DomainException;

/** An account with this email exists already. */
public final class EmailTakenException extends DomainException {

  public EmailTakenException() {
    super("account.email.taken", "an account with this email exists already");
  }
}
