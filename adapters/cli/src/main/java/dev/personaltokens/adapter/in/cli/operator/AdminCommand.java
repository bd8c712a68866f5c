package dev.personaltokens.adapter.in.cli.operator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "admin",
    description = {
      "For operators: accounts, services, SCIM tokens, purging and the schema, on the database.",
      "",
      "These work on the server's database directly, through the application's use cases: set"
          + " DB_URL, DB_USER and DB_PASSWORD as for the server (same defaults)."
    },
    subcommands = {
      CreateAccountCommand.class,
      ResetPasswordCommand.class,
      PurgeCommand.class,
      ServicesCommand.class,
      ScimTokenCommand.class,
      MigrateCommand.class
    })
public final class AdminCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
