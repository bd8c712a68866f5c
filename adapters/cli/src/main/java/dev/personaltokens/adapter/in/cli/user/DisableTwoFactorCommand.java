package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import picocli.CommandLine.Command;

@Command(
    name = "disable",
    description = {
      "Turn two-factor sign-in off, with a code of your authenticator app or a recovery code.",
      "",
      "Asks for the code: a token alone can't turn it off. Your password alone signs you in"
          + " afterwards; the app's entry and the recovery codes no longer work."
    })
final class DisableTwoFactorCommand extends ApiCommand {

  DisableTwoFactorCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    PtkApi api = connect().api();
    String code = context.terminal().readLine("Code from the app, or a recovery code: ");
    if (code == null || code.isBlank()) {
      throw CliException.usage("no code was given; two-factor sign-in stays on");
    }
    api.disableTwoFactor(code.strip());
    context.out().println("Two-factor sign-in is off: your password alone signs you in.");
    return ExitCode.OK;
  }
}
