package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.adapter.in.cli.common.Table;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.audit.AuditEventType;
import jakarta.json.stream.JsonCollectors;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "audit",
    description = {
      "Show your security log, newest first: sign-ins, wrong passwords, tokens created, rotated,"
          + " revoked or reported as leaked, with where each came from.",
      "",
      "Shows the newest "
          + AuditCommand.PAGE_SIZE
          + " events; --output json gives them as the API"
          + " does."
    })
public final class AuditCommand extends ApiCommand {

  static final int PAGE_SIZE = 100;

  /** What each type of event means, in the words the console uses. */
  public static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("session.created", "Signed in"),
          Map.entry("session.failed", "Wrong password"),
          Map.entry("session.ended", "Signed out"),
          Map.entry("token.created", "Token created"),
          Map.entry("token.revoked", "Token revoked"),
          Map.entry("token.revoked_all", "All tokens revoked"),
          Map.entry("token.rotated", "Token rotated"),
          Map.entry("token.reuse_detected", "Rotated token reused: family revoked"),
          Map.entry("token.revoked_leaked", "Token revoked: reported as leaked"),
          Map.entry("token.expiry_notice", "Expiry notice sent"),
          Map.entry("password.reset", "Password reset"),
          Map.entry("password.set", "Password set with a one-time link"),
          Map.entry("account.created", "Account opened by an admin"),
          Map.entry("account.deactivated", "Account deactivated"),
          Map.entry("account.reactivated", "Account reactivated"),
          Map.entry("account.role_changed", "Role changed"),
          Map.entry("password.reset_link_sent", "Password link sent"),
          Map.entry("token.revoked_by_admin", "Token revoked by an admin"));

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only events of this type, e.g. session.failed or token.revoked_leaked")
  String type;

  @Mixin OutputFormat.Mixin output;

  AuditCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    String wanted = type == null ? "" : checked(type.strip());
    AuditEventPage page = connect().api().auditPage(1, PAGE_SIZE, wanted);
    List<AuditEvent> events = page.events();
    if (output.format == OutputFormat.JSON) {
      JsonOutput.print(
          context.out(),
          events.stream().map(AuditEvent::json).collect(JsonCollectors.toJsonArray()));
      return ExitCode.OK;
    }
    if (events.isEmpty()) {
      context.out().println("No events" + (wanted.isEmpty() ? "." : " of type " + wanted + "."));
      return ExitCode.OK;
    }
    Table table = Table.listing("WHEN", "WHAT", "TOKEN", "ADDRESS", "CLIENT");
    for (AuditEvent event : events) {
      table.row(
          Formats.tableInstant(event.created()),
          WORDS.getOrDefault(event.type(), event.type()),
          token(event.token()),
          TokenViews.orDash(event.ip()),
          TokenViews.orDash(event.userAgent()));
    }
    table.print(context.out());
    long count = page.count();
    context
        .out()
        .println(
            (count > events.size() ? "Newest " + events.size() + " of " + count : count + "")
                + (count == 1 ? " event" : " events")
                + "; times in UTC.");
    return ExitCode.OK;
  }

  /** Checked here as the server checks it, so that a typo costs no round trip. */
  private static String checked(String code) {
    try {
      return AuditEventType.fromCode(code).code();
    } catch (InvalidValueException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  private static String token(AuditEvent.Token token) {
    return token == null ? "-" : Text.printable(token.name()) + " (" + token.hint() + ")";
  }
}
