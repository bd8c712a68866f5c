package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Table;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "whoami",
    description =
        "Show the account signed in, its role, whether it signs in with two factors, and when its"
            + " token expires.")
public final class WhoamiCommand extends ApiCommand {

  @Mixin OutputFormat.Mixin output;

  WhoamiCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    Connection connection = connect();
    Me me = connection.api().me();
    Instant expiresAt = connection.expiry().expiresAt().orElse(null);
    String source = connection.credentials().source();
    if (output.format == OutputFormat.JSON) {
      JsonObjectBuilder json =
          Json.createObjectBuilder()
              .add("server", connection.credentials().server().toString())
              .add("email", me.email())
              .add("id", me.id())
              .add("token_source", source);
      if (me.role() != null) {
        json.add("role", me.role());
      }
      if (me.twoFactor() != null) {
        json.add("two_factor", me.twoFactor());
      }
      if (expiresAt != null) {
        json.add("token_expires_at", expiresAt.toString());
      }
      JsonOutput.print(context.out(), json.build());
      return ExitCode.OK;
    }
    Instant now = context.clock().instant();
    Table.fields()
        .row("Server", connection.credentials().server().toString())
        .row("Email", me.email())
        .row("Account", Long.toString(me.id()))
        .row("Role", TokenViews.orDash(me.role()))
        .row("Two-factor", me.twoFactor() == null ? "-" : me.twoFactor() ? "on" : "off")
        .row("Token from", source)
        .row(
            "Token expires",
            expiresAt == null ? "unknown" : TokenViews.when(expiresAt.toString(), now))
        .print(context.out());
    return ExitCode.OK;
  }
}
