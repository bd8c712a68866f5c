package dev.personaltokens.adapter.in.cli.common;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Password;
import java.util.function.Function;

/**
 * A new password for an account: from PTK_NEW_PASSWORD, else asked for (not echoed, and twice when
 * a person types it). Never an argument: shells keep those in their history. The operator's
 * commands, {@code ptk password set} and {@code ptk passwd} read it alike, each held to its rule.
 */
public final class NewPassword {

  public static final String VARIABLE = "PTK_NEW_PASSWORD";

  private NewPassword() {}

  /** The operator's choice: {@link Password#newPassword}. */
  public static Password read(CliContext context) {
    return read(context, Password::newPassword);
  }

  /**
   * A person's own choice, checked as the server will ({@link Password#ownChoice}): a common
   * password costs no round trip, and no sign-in.
   */
  public static Password readOwnChoice(CliContext context) {
    return read(context, Password::ownChoice);
  }

  private static Password read(CliContext context, Function<String, Password> rule) {
    String fromEnvironment = context.environment().get(VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return checked(fromEnvironment, rule);
    }
    Terminal terminal = context.terminal();
    String typed = terminal.readSecret("New password: ");
    if (typed == null || typed.isEmpty()) {
      throw CliException.usage("no password was given (type it, or set " + VARIABLE + ")");
    }
    Password password = checked(typed, rule);
    if (terminal.interactive() && !typed.equals(terminal.readSecret("Repeat it: "))) {
      throw CliException.usage("the two passwords differ; nothing was changed");
    }
    return password;
  }

  private static Password checked(String text, Function<String, Password> rule) {
    try {
      return rule.apply(text);
    } catch (InvalidValueException e) {
      throw CliException.usage(e.getMessage());
    }
  }
}
