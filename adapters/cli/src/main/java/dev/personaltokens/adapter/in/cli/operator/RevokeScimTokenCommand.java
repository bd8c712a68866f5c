package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.client.ScimToken;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "revoke",
    description = {
      "Revoke a SCIM token.",
      "",
      "The identity provider's next SCIM call is refused; the people it provisioned stay."
    })
final class RevokeScimTokenCommand extends DatabaseCommand {

  @Parameters(
      paramLabel = "ID",
      converter = IdConverter.class,
      description = "The id that create printed (and list shows)")
  UUID id;

  /** A typo is a usage error, found before the database is opened. */
  static final class IdConverter implements ITypeConverter<UUID> {
    @Override
    public UUID convert(String value) {
      try {
        return ScimToken.parseId(value.strip());
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.getMessage() + ", not '" + value + "'");
      }
    }
  }

  RevokeScimTokenCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    admin.useCases().revokeScimToken().revoke(operator, id);
    context.out().println("Revoked SCIM token " + id + ".");
    return ExitCode.OK;
  }
}
