package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import java.io.PrintWriter;
import java.util.List;
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

  static final int TRIES = 3;

  /** The server's answer to a code that is not the app's now. */
  static final String WRONG_CODE = "two_factor.code.invalid";

  EnableTwoFactorCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    PtkApi api = connect().api();
    TwoFactorEnrolment enrolment = api.enrolTwoFactor();
    PrintWriter out = context.out();
    out.println("Add your account to your authenticator app with this key:");
    out.println();
    out.println("  " + String.join(" ", enrolment.secret().split("(?<=\\G.{4})")));
    out.println();
    out.println("or, in an app that takes one, with this URI:");
    out.println();
    out.println("  " + enrolment.otpauthUri());
    out.println();
    out.flush();
    List<String> recoveryCodes = confirm(api);
    out.println("Two-factor sign-in is on: signing in with your password now asks for a code.");
    out.println();
    out.println("Your recovery codes, shown only now. Each signs in once in place of the app's");
    out.println("code; keep them somewhere safe, away from your password:");
    out.println();
    recoveryCodes.forEach(code -> out.println("  " + code));
    return ExitCode.OK;
  }

  /** The recovery codes, once a code of the app confirmed the enrolment. */
  private List<String> confirm(PtkApi api) {
    for (int tried = 1; ; tried++) {
      String code = context.terminal().readLine("Code from the app: ");
      if (code == null || code.isBlank()) {
        throw CliException.usage("no code was given; two-factor sign-in stays off");
      }
      try {
        return api.confirmTwoFactor(code.strip());
      } catch (CliException refused) {
        if (!WRONG_CODE.equals(refused.code()) || tried == TRIES) {
          throw refused;
        }
        context.err().println("ptk: " + refused.getMessage());
      }
    }
  }
}
