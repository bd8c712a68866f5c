package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "create",
    description = {
      "Create a personal token and show it, once.",
      "",
      "This is the only time the token can be seen or copied. With --output json it is the"
          + " \"key\" field."
    })
final class CreateTokenCommand extends ApiCommand {

  @Option(names = "--name", required = true, paramLabel = "NAME", description = "Its name")
  String name;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Expiry expiry;

  @Option(names = "--description", paramLabel = "TEXT", description = "What it is for")
  String description;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      converter = ScopeOption.class,
      defaultValue = "global",
      description =
          "global (the default: all you can do) or read_only (GET, HEAD and OPTIONS only, here and"
              + " on every API guarded by this server)")
  Scope scope;

  @Mixin OutputFormat.Mixin output;

  /** When it expires: a preset lifetime or a date. */
  static final class Expiry {
    @Option(
        names = "--expires-in",
        paramLabel = "PRESET",
        converter = ExpiresIn.Converter.class,
        description = "1d, 7d, 15d, 30d, 90d or 1y from now")
    ExpiresIn expiresIn;

    @Option(
        names = "--expires-at",
        paramLabel = "DATE",
        converter = ExpiryDateTime.Converter.class,
        description =
            "A date (2027-07-26, its start) or date-time (2027-07-26T18:00), UTC unless an offset"
                + " follows (2027-07-26T18:00+02:00)")
    Instant expiresAt;

    Instant from(Instant now) {
      return expiresIn != null
          ? now.plus(expiresIn.lifetime()).truncatedTo(ChronoUnit.SECONDS)
          : expiresAt;
    }
  }

  CreateTokenCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    JsonObject request = request();
    Connection connection = connect();
    JsonObject created = connection.api().createToken(request);
    String warning = "This is the only time the token is shown: copy it now.";
    if (output.format == OutputFormat.JSON) {
      JsonOutput.print(context.out(), created);
      context.err().println(warning);
      return ExitCode.OK;
    }
    context
        .out()
        .println(
            "Created personal token \""
                + Text.printable(created.getString("name"))
                + "\" (id "
                + created.getString("uuid")
                + ", scope "
                + TokenViews.scope(created.getString("scope", "global"))
                + "), expiring "
                + TokenViews.when(created.getString("expires_at"), context.clock().instant())
                + ":");
    context.out().println();
    context.out().println("  " + created.getString("key"));
    context.out().println();
    context.out().println(warning);
    return ExitCode.OK;
  }

  /** Checked here as the server would check it, so that a typo costs no round trip. */
  private JsonObject request() {
    try {
      return Json.createObjectBuilder()
          .add("name", new TokenName(name).value())
          .add("description", new TokenDescription(description).value())
          .add("expires_at", expiry.from(context.clock().instant()).toString())
          .add("scope", scope.code())
          .build();
    } catch (InvalidValueException e) {
      throw CliException.usage(e.getMessage());
    }
  }
}
