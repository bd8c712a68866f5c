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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
          + " events; --output json gives them as the API does. --all (admins only) shows the"
          + " whole instance's log instead, which --account, --actor, --since and --until narrow."
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
          Map.entry("password.changed", "Password changed"),
          Map.entry("account.created", "Account opened"),
          Map.entry("account.deactivated", "Account deactivated"),
          Map.entry("account.reactivated", "Account reactivated"),
          Map.entry("account.role_changed", "Role changed"),
          Map.entry("account.linked", "Linked to the identity provider"),
          Map.entry("account.email_changed", "Email changed by the identity provider"),
          Map.entry("password.reset_link_sent", "Password link sent"),
          Map.entry("token.revoked_by_admin", "Token revoked by an admin"),
          Map.entry("policy.changed", "Policy changed"),
          Map.entry("token.revoked_inactive", "Token revoked as unused"),
          Map.entry("session.otp_failed", "Wrong two-factor code after the right password"),
          Map.entry("two_factor.enabled", "Two-factor sign-in turned on"),
          Map.entry("two_factor.disabled", "Two-factor sign-in turned off"),
          Map.entry("two_factor.recovery_used", "Recovery code used"));

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only events of this type, e.g. session.failed or token.revoked_leaked")
  String type;

  @Option(
      names = "--all",
      description =
          "For this server's admins: the whole instance's log, every account's events and the"
              + " admins' own changes, with whose log each is in and who did it")
  boolean all;

  @Option(
      names = "--account",
      paramLabel = "ID",
      description = "With --all: only this person's log, by the id 'ptk people list' shows")
  Long account;

  @Option(
      names = "--actor",
      paramLabel = "ID",
      description = "With --all: only what this admin did to others, by their id")
  Long actor;

  @Option(
      names = "--since",
      paramLabel = "TIME",
      description =
          "With --all: only events at or after TIME, like 2026-06-01T08:00:00Z, or a date (from"
              + " its start, UTC)")
  String since;

  @Option(
      names = "--until",
      paramLabel = "TIME",
      description =
          "With --all: only events before TIME, like 2026-06-01T08:00:00Z, or a date (to its end,"
              + " UTC)")
  String until;

  @Mixin OutputFormat.Mixin output;

  AuditCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    String wanted = type == null ? "" : checked(type.strip());
    if (all) {
      return instance(wanted);
    }
    if (account != null || actor != null || since != null || until != null) {
      throw CliException.usage(
          "--account, --actor, --since and --until go with --all, the instance's log");
    }
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
      table.row(cells(event, null).toArray(String[]::new));
    }
    table.print(context.out());
    counted(events.size(), page.count());
    return ExitCode.OK;
  }

  /** {@code --all}: the instance's log, with whose log each event is in and who did it. */
  private Integer instance(String wanted) {
    InstanceAuditFilter filter =
        new InstanceAuditFilter(
            wanted,
            accountId("--account", account),
            accountId("--actor", actor),
            time("--since", since, false),
            time("--until", until, true));
    if (filter.since() != null
        && filter.until() != null
        && !filter.since().isBefore(filter.until())) {
      throw CliException.usage("--since must come before --until");
    }
    InstanceAuditEventPage page = connect().api().instanceAuditPage(1, PAGE_SIZE, filter);
    List<InstanceAuditEvent> events = page.events();
    if (output.format == OutputFormat.JSON) {
      JsonOutput.print(
          context.out(),
          events.stream().map(InstanceAuditEvent::json).collect(JsonCollectors.toJsonArray()));
      return ExitCode.OK;
    }
    if (events.isEmpty()) {
      context
          .out()
          .println(
              "No events"
                  + (wanted.isEmpty() ? "" : " of type " + wanted)
                  + (filter.equals(new InstanceAuditFilter(wanted, null, null, null, null))
                      ? ""
                      : " that match these filters")
                  + ".");
      return ExitCode.OK;
    }
    Table table = Table.listing("WHEN", "ACCOUNT", "WHAT", "TOKEN", "BY", "ADDRESS", "CLIENT");
    for (InstanceAuditEvent entry : events) {
      table.row(cells(entry.event(), entry.accountEmail()).toArray(String[]::new));
    }
    table.print(context.out());
    counted(events.size(), page.count());
    return ExitCode.OK;
  }

  /**
   * An event's cells, as both logs show them; with {@code account} (the instance's log), whose log
   * it is in and who did it too.
   */
  private static List<String> cells(AuditEvent event, String account) {
    List<String> cells = new ArrayList<>();
    cells.add(Formats.tableInstant(event.created()));
    if (account != null) {
      cells.add(account);
    }
    cells.add(WORDS.getOrDefault(event.type(), event.type()));
    cells.add(token(event.token()));
    if (account != null) {
      cells.add(event.actor() == null ? "-" : event.actor().who());
    }
    cells.add(TokenViews.orDash(event.ip()));
    cells.add(TokenViews.orDash(event.userAgent()));
    return cells;
  }

  /** {@code Newest 100 of 250 events; times in UTC.} */
  private void counted(int shown, long count) {
    context
        .out()
        .println(
            (count > shown ? "Newest " + shown + " of " + count : count + "")
                + (count == 1 ? " event" : " events")
                + "; times in UTC.");
  }

  private static Long accountId(String option, Long id) {
    if (id != null && id < 1) {
      throw CliException.usage(option + " must be a person's id, 1 or more");
    }
    return id;
  }

  /**
   * An instant as ISO-8601 ({@code 2026-06-01T08:00:00Z}), or a date, which means its start in UTC
   * - or, for the end of a span, the start of the day after, so that the day is all in.
   */
  static Instant time(String option, String text, boolean end) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException notAnInstant) {
      try {
        LocalDate date = LocalDate.parse(value);
        return (end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        throw CliException.usage(
            option
                + " must be a time like 2026-06-01T08:00:00Z or a date like 2026-06-01, not '"
                + Text.printable(value)
                + "'");
      }
    }
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
