package dev.personaltokens.adapter.in.cli.user;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "policy",
    description = {
      "For this server's admins: show and change the instance's policy - what personal tokens may"
          + " be here. It binds the tokens that exist: one beyond it is blocked, not revoked.",
      "",
      "These go through the API, signed in as an admin ('ptk login'); the server refuses them to"
          + " anyone else (exit code 7)."
    },
    subcommands = {ShowPolicyCommand.class, SetPolicyCommand.class})
public final class PolicyCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
