package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.provisioning.CreatedScimToken;
import dev.personaltokens.domain.client.ServiceName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "create",
    description = {
      "Make a SCIM token for an identity provider and show it, once.",
      "",
      "Only a digest of the token is stored: this is the only time it can be copied."
    })
final class CreateScimTokenCommand extends DatabaseCommand {

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAME",
      description = "Whose it is, e.g. okta: the security log names it")
  String name;

  CreateScimTokenCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    CreatedScimToken created =
        admin.useCases().createScimToken().create(operator, new ServiceName(name));
    context.out().println("SCIM token \"" + created.token().name().value() + "\":");
    context.out().println();
    context.out().println("  id     " + created.token().id());
    context.out().println("  token  " + created.secret().reveal());
    context.out().println();
    context.out().println("This is the only time the token is shown: copy it now.");
    return ExitCode.OK;
  }
}
