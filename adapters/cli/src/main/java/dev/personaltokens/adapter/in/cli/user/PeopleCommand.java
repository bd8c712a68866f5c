package dev.personaltokens.adapter.in.cli.user;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "people",
    description = {
      "For this server's admins: list and add people, deactivate and reactivate them, change"
          + " their role, send them a password link.",
      "",
      "These go through the API, signed in as an admin ('ptk login'); the server refuses them to"
          + " anyone else (exit code 7). 'ptk admin' is the operators' way, on the database."
    },
    subcommands = {
      ListPeopleCommand.class,
      AddPersonCommand.class,
      DeactivatePersonCommand.class,
      ReactivatePersonCommand.class,
      ChangeRoleCommand.class,
      PasswordLinkCommand.class
    })
public final class PeopleCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
