package dev.personaltokens.adapter.in.cli.user;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "credentials",
    description = {
      "For this server's admins: the credentials inventory, every live personal token of every"
          + " account, and revoking any of them.",
      "",
      "These go through the API, signed in as an admin ('ptk login'); the server refuses them to"
          + " anyone else (exit code 7)."
    },
    subcommands = {ListCredentialsCommand.class, RevokeCredentialCommand.class})
public final class CredentialsCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
