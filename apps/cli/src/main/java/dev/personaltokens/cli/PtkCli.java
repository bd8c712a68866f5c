package dev.personaltokens.cli;

import dev.personaltokens.adapter.in.cli.PtkCommand;
import dev.personaltokens.adapter.in.cli.common.CliContext;
import java.util.logging.LogManager;

/** The {@code ptk} jar's entry point: the command line, with the admin commands on the database. */
public final class PtkCli {

  private PtkCli() {}

  public static void main(String[] args) {
    // Flyway and the JDBC driver log through java.util.logging, to the terminal; the command
    // reports what happened itself, in one line.
    LogManager.getLogManager().reset();
    System.exit(PtkCommand.execute(CliContext.system(), StandaloneAdmin::connect, args));
  }
}
