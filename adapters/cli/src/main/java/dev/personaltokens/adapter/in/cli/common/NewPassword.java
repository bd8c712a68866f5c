package dev.personaltokens.adapter.in.cli.common;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Password;

/**
 * A new password for an account: from PTK_NEW_PASSWORD, else asked for (not echoed, and twice when
 * a person types it). Never an argument: shells keep those in their history. The operator's
 * commands and {@code ptk password set} read it alike.
 */
public final class NewPassword {

  public static final String VARIABLE = "PTK_NEW_PASSWORD";

  private NewPassword() {}

  public static Password read(CliContext context) {
    String fromEnvironment = context.environment().get(VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return checked(fromEnvironment);
    }
    Terminal terminal = context.terminal();
    String typed = terminal.readSecret("New password: ");
    if (typed == null || typed.isEmpty()) {
      throw CliException.usage("no password was given (type it, or set " + VARIABLE + ")");
    }
    Password password = checked(typed);
    if (terminal.interactive() && !typed.equals(terminal.readSecret("Repeat it: "))) {
      throw CliException.usage("the two passwords differ; nothing was changed");
    }
    return password;
  }

  private static Password checked(String text) {
    try {
      return Password.newPassword(text);
    } catch (InvalidValueException e) {
      throw CliException.usage(e.getMessage());
    }
  }
}
