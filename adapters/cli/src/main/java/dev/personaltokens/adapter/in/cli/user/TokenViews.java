package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.adapter.in.cli.common.Table;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.token.Scope;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Personal tokens, as the API describes them, shown to a person. */
final class TokenViews {

  private TokenViews() {}

  static void table(PrintWriter out, List<JsonObject> tokens, String search) {
    if (tokens.isEmpty()) {
      out.println(
          search.isEmpty()
              ? "No personal tokens. Create one with 'ptk tokens create'."
              : "No personal token matches '" + Text.printable(search) + "'.");
      return;
    }
    Table table =
        Table.listing(
            "ID", "NAME", "DESCRIPTION", "SCOPE", "LAST MODIFIED", "EXPIRES", "LAST USED", "FROM");
    for (JsonObject token : tokens) {
      String description = text(token, "description");
      table.row(
          text(token, "uuid"),
          text(token, "name"),
          description.isEmpty() ? "-" : description,
          scope(text(token, "scope")),
          Formats.tableInstant(nullable(token, "last_modified")),
          Formats.tableInstant(nullable(token, "expires_at")),
          Formats.tableInstant(nullable(token, "last_used_at")),
          orDash(nullable(token, "last_used_ip")));
    }
    table.print(out);
    out.println(
        tokens.size()
            + (tokens.size() == 1 ? " personal token" : " personal tokens")
            + "; times in UTC.");
  }

  static void details(PrintWriter out, JsonObject token, Instant now) {
    String description = text(token, "description");
    Table.fields()
        .row("ID", text(token, "uuid"))
        .row("Name", text(token, "name"))
        .row("Description", description.isEmpty() ? "-" : description)
        .row("Scope", scope(text(token, "scope")))
        .row("Token", text(token, "hint") + " (the rest is never shown again)")
        .row("Created", when(nullable(token, "created"), now))
        .row("Last modified", when(nullable(token, "last_modified"), now))
        .row("Expires", when(nullable(token, "expires_at"), now))
        .row("Last used", when(nullable(token, "last_used_at"), now))
        .row("Used from", orDash(nullable(token, "last_used_ip")))
        .print(out);
  }

  /**
   * A token just made, with its key: the only time it is shown. {@code what} says what happened
   * ({@code Created personal token}), the rest follows.
   */
  static void newKey(CliContext context, OutputFormat format, JsonObject created, String what) {
    String warning = "This is the only time the token is shown: copy it now.";
    if (format == OutputFormat.JSON) {
      JsonOutput.print(context.out(), created);
      context.err().println(warning);
      return;
    }
    PrintWriter out = context.out();
    out.println(
        what
            + " \""
            + Text.printable(created.getString("name"))
            + "\" (id "
            + created.getString("uuid")
            + ", scope "
            + scope(created.getString("scope", "global"))
            + "), expiring "
            + when(created.getString("expires_at"), context.clock().instant())
            + ":");
    out.println();
    out.println("  " + created.getString("key"));
    out.println();
    out.println(warning);
  }

  /** {@code 2026-12-30 10:00 UTC (in 29 days)}. */
  static String when(String iso, Instant now) {
    if (iso == null) {
      return "never";
    }
    try {
      Instant instant = Instant.parse(iso);
      return Formats.instant(instant) + " (" + Formats.relative(instant, now) + ")";
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** "Global", as the console shows it; a scope this version does not know, as the server said. */
  static String scope(String code) {
    try {
      return Scope.fromCode(code).label();
    } catch (InvalidValueException e) {
      return code;
    }
  }

  /** A value the server may leave out (null), as a table cell: "-" then. */
  static String orDash(String text) {
    return text == null ? "-" : Text.printable(text);
  }

  static String text(JsonObject token, String field) {
    String value = nullable(token, field);
    return value == null ? "" : value;
  }

  static String nullable(JsonObject token, String field) {
    return token.containsKey(field) && !token.isNull(field) ? token.getString(field, null) : null;
  }
}
