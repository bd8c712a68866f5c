package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.NewPassword;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "passwd",
    description = {
      "Change your password.",
      "",
      "Asks for your current password and the new one, twice; none is echoed. PTK_NEW_PASSWORD,"
          + " if set, gives the new one instead. The new one has at least 12 characters and is"
          + " not one of the most common passwords. Your email is --email, else the one this"
          + " machine signed in as, else asked for.",
      "Signs in with the current password for this change only. Your other sessions end; your"
          + " personal tokens, this machine's too, keep working.",
      "A password this server generated at its first start, or an operator set with 'ptk admin"
          + " reset-password', must be changed first: 'ptk login' says so, and this changes it."
    })
public final class ChangePasswordCommand extends ApiCommand {

  @Option(
      names = "--email",
      paramLabel = "EMAIL",
      description = "Your email (else the one signed in as here, else it is asked for)")
  String email;

  ChangePasswordCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    Optional<StoredLogin> stored = config().load();
    ServerAddress address = ResolvedLogin.server(server, context, stored);
    warnIfCleartext(address);
    Email account = email(email != null ? email : storedEmail(stored, address));
    String current = context.terminal().readSecret("Current password: ");
    if (current == null || current.isEmpty()) {
      throw CliException.usage("no current password was given; nothing was changed");
    }
    Password newPassword = NewPassword.readOwnChoice(context);
    PtkApi anonymous = PtkApi.anonymous(address);
    PtkApi signedIn =
        anonymous.as(
            LoginCommand.sessionOf(context, anonymous, account.value(), current),
            "the sign-in",
            answer -> {});
    try {
      signedIn.changePassword(current, newPassword);
    } finally {
      // The session was only the way to make the change: it ends at once.
      signedIn.signOutQuietly();
    }
    context
        .out()
        .println(
            "Password changed for "
                + account.value()
                + ". Your other sessions are signed out; your personal tokens keep working.");
    return ExitCode.OK;
  }

  /** The email this machine signed in as on {@code address}, or else the one the user types. */
  private String storedEmail(Optional<StoredLogin> stored, ServerAddress address) {
    return stored
        .filter(login -> login.server().equals(address.toString()))
        .map(StoredLogin::email)
        .orElseGet(
            () -> {
              String typed = context.terminal().readLine("Email: ");
              if (typed == null || typed.isBlank()) {
                throw CliException.usage("no email was given");
              }
              return typed;
            });
  }
}
