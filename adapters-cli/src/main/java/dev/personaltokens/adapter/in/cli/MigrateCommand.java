package dev.personaltokens.adapter.in.cli;

import picocli.CommandLine.Command;

@Command(
    name = "migrate",
    description = "Bring the database schema up to date (the server also does it at every start).")
final class MigrateCommand extends DatabaseCommand {

  MigrateCommand(CliContext context) {
    super(context);
  }

  @Override
  int run(AdminUseCases admin) {
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
