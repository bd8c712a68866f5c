package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/** No command-line login waits for an answer under that code: unknown, expired or answered. */
public final class CliLoginNotFoundException extends DomainException {

  public CliLoginNotFoundException() {
    super(
        ErrorCategory.NOT_FOUND,
        "login.code.unknown",
        "no login waits under this code: it was mistyped, answered already or is over ten minutes"
            + " old; run 'ptk login --web' again");
  }
}
