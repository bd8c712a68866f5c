package dev.personaltokens.adapter.in.cli.operator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "services",
    description = {
      "Register the services that introspect personal tokens.",
      "",
      "A registered service calls POST /api/auth/introspect with its client_id and client_secret"
          + " as Basic credentials."
    },
    subcommands = {
      CreateServiceCommand.class,
      ListServicesCommand.class,
      DeleteServiceCommand.class
    })
final class ServicesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
