package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.adapter.in.cli.common.Table;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.domain.client.ScimToken;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "list", description = "List the SCIM tokens, oldest first.")
final class ListScimTokensCommand extends DatabaseCommand {

  ListScimTokensCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    List<ScimToken> tokens = admin.useCases().listScimTokens().list(operator);
    if (tokens.isEmpty()) {
      context.out().println("No SCIM tokens. Make one with 'ptk admin scim-token create'.");
      return ExitCode.OK;
    }
    Table table = Table.listing("ID", "NAME", "TOKEN", "CREATED");
    for (ScimToken token : tokens) {
      table.row(
          token.id().toString(),
          token.name().value(),
          token.hint().value(),
          Formats.tableInstant(token.created().toString()));
    }
    table.print(context.out());
    context
        .out()
        .println(
            tokens.size()
                + (tokens.size() == 1 ? " SCIM token" : " SCIM tokens")
                + "; times in UTC.");
    return ExitCode.OK;
  }
}
