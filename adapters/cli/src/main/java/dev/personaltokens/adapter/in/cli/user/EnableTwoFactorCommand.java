package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import picocli.CommandLine.Command;

@Command(
    name = "enable",
    description = {
      "Turn two-factor sign-in on: add your account to an authenticator app, then type the code it"
          + " shows.",
      "",
      "Prints the key to type into the app, and the otpauth:// URI for apps that take one (the"
          + " console shows it as a QR code), then asks for the app's code - three tries. Once it"
          + " is right, prints ten recovery codes, this once: each signs in once in place of the"
          + " app's code, should you lose your phone. Keep them somewhere safe."
    })
final class EnableTwoFactorCommand extends ApiCommand {

  EnableTwoFactorCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    TwoFactorSetup.run(context, connect().api());
    return ExitCode.OK;
  }
}
