package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.domain.client.ServiceName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "create",
    description = {
      "Register a service and show its client_secret, once.",
      "",
      "Only a digest of the secret is stored: this is the only time it can be copied."
    })
final class CreateServiceCommand extends DatabaseCommand {

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its name")
  String name;

  CreateServiceCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    RegisteredServiceClient registered =
        admin.useCases().registerServiceClient().register(operator, new ServiceName(name));
    context.out().println("Registered service \"" + registered.client().name().value() + "\":");
    context.out().println();
    context.out().println("  client_id      " + registered.client().id());
    context.out().println("  client_secret  " + registered.secret().reveal());
    context.out().println();
    context.out().println("This is the only time the client_secret is shown: copy it now.");
    return ExitCode.OK;
  }
}
