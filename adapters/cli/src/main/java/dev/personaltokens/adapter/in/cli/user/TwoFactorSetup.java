package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Turns two-factor sign-in on, at the terminal: the key for the authenticator app, its code (three
 * tries), then the recovery codes, this once. For 'ptk two-factor enable', and for 'ptk login' when
 * the server's policy requires it before anything else.
 */
final class TwoFactorSetup {

  static final int TRIES = 3;

  /** The server's answer to a code that is not the app's now. */
  static final String WRONG_CODE = "two_factor.code.invalid";

  private TwoFactorSetup() {}

  static void run(CliContext context, PtkApi api) {
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
    List<String> recoveryCodes = confirm(context, api);
    out.println("Two-factor sign-in is on: signing in with your password now asks for a code.");
    out.println();
    out.println("Your recovery codes, shown only now. Each signs in once in place of the app's");
    out.println("code; keep them somewhere safe, away from your password:");
    out.println();
    recoveryCodes.forEach(code -> out.println("  " + code));
    out.flush();
  }

  /** The recovery codes, once a code of the app confirmed the enrolment. */
  private static List<String> confirm(CliContext context, PtkApi api) {
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
