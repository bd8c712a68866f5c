package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.client.ServiceClientId;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "delete",
    description = {
      "Delete a registered service.",
      "",
      "Its next introspection call is refused; tokens are not touched."
    })
final class DeleteServiceCommand extends DatabaseCommand {

  @Parameters(
      paramLabel = "CLIENT_ID",
      converter = ClientIdConverter.class,
      description = "The client_id that create printed")
  ServiceClientId clientId;

  /** A typo is a usage error, found before the database is opened. */
  static final class ClientIdConverter implements ITypeConverter<ServiceClientId> {
    @Override
    public ServiceClientId convert(String value) {
      try {
        return ServiceClientId.parse(value.strip());
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.getMessage() + ", not '" + value + "'");
      }
    }
  }

  DeleteServiceCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    admin.useCases().deleteServiceClient().delete(operator, clientId);
    context.out().println("Deleted service " + clientId + ".");
    return ExitCode.OK;
  }
}
