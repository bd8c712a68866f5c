package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.application.port.in.Actor;
import picocli.CommandLine.Command;

@Command(
    name = "migrate",
    description = "Bring the database schema up to date (the server also does it at every start).")
final class MigrateCommand extends DatabaseCommand {

  MigrateCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    int applied = admin.migrateSchema();
    context
        .out()
        .println(
            applied == 0
                ? "The database schema was already up to date."
                : "Applied "
                    + applied
                    + (applied == 1 ? " migration" : " migrations")
                    + "; the database schema is up to date.");
    return ExitCode.OK;
  }
}
