package dev.personaltokens.adapter.in.cli.user;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "two-factor",
    description = {
      "Turn two-factor sign-in on or off for your account.",
      "",
      "With it on, signing in with your password - in the console or with 'ptk login' - also asks"
          + " for the code of an authenticator app on your phone. Personal tokens are not affected:"
          + " this machine's login, scripts and PTK_TOKEN keep working. 'ptk whoami' says whether"
          + " it is on."
    },
    subcommands = {EnableTwoFactorCommand.class, DisableTwoFactorCommand.class})
public final class TwoFactorCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
