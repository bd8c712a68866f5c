package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.adapter.in.cli.common.Table;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.domain.client.ServiceClient;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List the registered services, oldest first.")
final class ListServicesCommand extends DatabaseCommand {

  ListServicesCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    List<ServiceClient> clients = admin.useCases().listServiceClients().list(operator);
    if (clients.isEmpty()) {
      context.out().println("No services. Register one with 'ptk admin services create'.");
      return ExitCode.OK;
    }
    Table table = Table.listing("CLIENT ID", "NAME", "SECRET", "CREATED");
    for (ServiceClient client : clients) {
      table.row(
          client.id().toString(),
          client.name().value(),
          client.hint().value(),
          Formats.tableInstant(client.created().toString()));
    }
    table.print(context.out());
    context
        .out()
        .println(
            clients.size() + (clients.size() == 1 ? " service" : " services") + "; times in UTC.");
    return ExitCode.OK;
  }
}
