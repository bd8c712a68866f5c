package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.adapter.in.cli.common.Table;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.token.Scope;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Personal tokens, as the API describes them, shown to a person. */
final class TokenViews {

  private TokenViews() {}

  static void table(PrintWriter out, List<ApiToken> tokens, String search) {
    if (tokens.isEmpty()) {
      out.println(
          search.isEmpty()
              ? "No personal tokens. Create one with 'ptk tokens create'."
              : "No personal token matches '" + Text.printable(search) + "'.");
      return;
    }
    Table table =
        Table.listing(
            "ID",
            "NAME",
            "DESCRIPTION",
            "SCOPE",
            "ALLOWED FROM",
            "LAST MODIFIED",
            "EXPIRES",
            "LAST USED",
            "FROM");
    for (ApiToken token : tokens) {
      table.row(
          token.uuid(),
          token.name(),
          description(token),
          scope(token.scope()),
          allowedFrom(token),
          Formats.tableInstant(token.lastModified()),
          Formats.tableInstant(token.expiresAt()),
          Formats.tableInstant(token.lastUsedAt()),
          orDash(token.lastUsedIp()));
    }
    table.print(out);
    out.println(
        Formats.count(tokens.size(), "personal token", "personal tokens") + "; times in UTC.");
    blocked(out, tokens);
  }

  /**
   * The tokens of a listing that the instance's policy blocks, each with why, whole: a table cuts
   * its cells, and the reason says what to do (rotate it, make a new one).
   */
  static void blocked(PrintWriter out, List<ApiToken> tokens) {
    List<ApiToken> blocked = tokens.stream().filter(token -> token.blocked() != null).toList();
    if (blocked.isEmpty()) {
      return;
    }
    out.println(
        Formats.count(blocked.size(), "token is", "tokens are")
            + " blocked by this server's policy, refused until it allows them:");
    for (ApiToken token : blocked) {
      out.println(
          "  "
              + token.uuid()
              + " \""
              + Text.printable(token.name())
              + "\": "
              + Text.printable(token.blocked()));
    }
  }

  static void details(PrintWriter out, ApiToken token, Instant now) {
    Table.fields()
        .row("ID", token.uuid())
        .row("Name", token.name())
        .row("Description", description(token))
        .row("Scope", scope(token.scope()))
        .row("Allowed from", allowedFrom(token))
        .row("Token", token.hint() + " (the rest is never shown again)")
        .row("Created", when(token.created(), now))
        .row("Last modified", when(token.lastModified(), now))
        .row("Expires", when(token.expiresAt(), now))
        .row("Last used", when(token.lastUsedAt(), now))
        .row("Used from", orDash(token.lastUsedIp()))
        .row("Blocked", token.blocked() == null ? "no" : token.blocked())
        .print(out);
  }

  /**
   * A token just made, with its key: the only time it is shown. {@code what} says what happened
   * ({@code Created personal token}), the rest follows.
   */
  static void newKey(CliContext context, OutputFormat format, ApiToken created, String what) {
    String warning = "This is the only time the token is shown: copy it now.";
    if (format == OutputFormat.JSON) {
      JsonOutput.print(context.out(), created.json());
      context.err().println(warning);
      return;
    }
    PrintWriter out = context.out();
    out.println(
        what
            + " \""
            + Text.printable(created.name())
            + "\" (id "
            + created.uuid()
            + ", scope "
            + scope(created.scope())
            + (created.allowedIps().isEmpty() ? "" : ", allowed from " + allowedFrom(created))
            + "), expiring "
            + when(created.expiresAt(), context.clock().instant())
            + ":");
    out.println();
    out.println("  " + created.key());
    out.println();
    out.println(warning);
  }

  /** No description reads as "-", as a value the server left out does. */
  private static String description(ApiToken token) {
    return token.description().isEmpty() ? "-" : token.description();
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

  /**
   * The addresses a token may be used from, {@code 10.0.0.0/8, 2001:db8::/32}; "any" when it is
   * bound to none.
   */
  static String allowedFrom(ApiToken token) {
    return token.allowedIps().isEmpty()
        ? ANY_ADDRESS
        : Text.printable(String.join(", ", token.allowedIps()));
  }

  static final String ANY_ADDRESS = "any";

  /** A value the server may leave out (null), as a table cell: "-" then. */
  static String orDash(String text) {
    return text == null ? "-" : Text.printable(text);
  }
}
