package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
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
  ExpiryOptions expiry;

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

  @Option(
      names = AllowedIpsOption.NAME,
      paramLabel = "ADDRESS|CIDR",
      split = ",",
      description = AllowedIpsOption.DESCRIPTION + ". Without it: from any address")
  List<String> allowedIps = new ArrayList<>();

  @Mixin OutputFormat.Mixin output;

  CreateTokenCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    JsonObject request = request();
    Connection connection = connect();
    ApiToken created = connection.api().createToken(request);
    TokenViews.newKey(context, output.format, created, "Created personal token");
    return ExitCode.OK;
  }

  /**
   * Checked here as the server would check it, so that a typo costs no round trip. Addresses are
   * sent only when asked for: without any, the server decides (from anywhere).
   */
  private JsonObject request() {
    try {
      JsonObjectBuilder request =
          Json.createObjectBuilder()
              .add("name", new TokenName(name).value())
              .add("description", new TokenDescription(description).value())
              .add("expires_at", expiry.from(context.clock().instant()).toString())
              .add("scope", scope.code());
      if (!allowedIps.isEmpty()) {
        request.add("allowed_ips", Json.createArrayBuilder(AllowedIpsOption.checked(allowedIps)));
      }
      return request.build();
    } catch (InvalidValueException e) {
      throw CliException.usage(e.getMessage());
    }
  }
}
