package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.adapter.in.cli.common.Table;
import dev.personaltokens.domain.token.Scope;
import jakarta.json.stream.JsonCollectors;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    description = {
      "List the live personal tokens of every account, newest first: owner, scope, expiry, and"
          + " when and from where each was last used. Never a token itself.",
      "",
      "Shows the first "
          + ListPage.MAX_SIZE
          + "; --all shows every one. --output json gives them as the API does, --output csv as"
          + " the server writes them for a spreadsheet."
    })
final class ListCredentialsCommand extends ApiCommand {

  /** The server's bound on the days filters. */
  static final int MAX_DAYS = 3660;

  /** {@code --output table|json|csv}: the inventory alone has CSV. */
  enum Format {
    TABLE,
    JSON,
    CSV;

    /** Reads {@code table}, {@code json} or {@code csv}, in any case; the shell completes them. */
    static final class Converter extends CodeOption<Format> {
      Converter() {
        super(values(), format -> format.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  @Option(
      names = "--owner",
      paramLabel = "ID",
      description = "Only the tokens of this person, by the id 'ptk people list' shows")
  Long owner;

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Only the tokens whose name or description contains TEXT (any case)")
  String search;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      converter = CodeOption.Scopes.class,
      completionCandidates = CodeOption.Scopes.class,
      description = "Only the global or only the read_only tokens")
  Scope scope;

  @Option(
      names = "--expires-within",
      paramLabel = "DAYS",
      description = "Only the tokens that expire within DAYS days (0 to " + MAX_DAYS + ")")
  Integer expiresWithin;

  @Option(
      names = "--unused-for",
      paramLabel = "DAYS",
      description = "Only the tokens not used for DAYS days, or never used (0 to " + MAX_DAYS + ")")
  Integer unusedFor;

  @Option(
      names = "--all",
      description = "Every token, however many pages of " + ListPage.MAX_SIZE + " that takes")
  boolean all;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      converter = Format.Converter.class,
      completionCandidates = Format.Converter.class,
      defaultValue = "table",
      description =
          "table (for people, the default), json (for scripts) or csv (for a spreadsheet, as the"
              + " server writes it)")
  Format format = Format.TABLE;

  ListCredentialsCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    InventoryFilter filter = filter();
    PtkApi api = connect().api();
    if (format == Format.CSV) {
      csv(api, filter);
      return ExitCode.OK;
    }
    IntFunction<InventoryPage> pages = page -> api.inventoryPage(page, ListPage.MAX_SIZE, filter);
    List<InventoryToken> tokens;
    long total;
    if (all) {
      tokens = ListPage.every(pages).toList();
      total = tokens.size();
    } else {
      InventoryPage first = pages.apply(1);
      tokens = first.items();
      total = first.count();
    }
    if (format == Format.TABLE) {
      table(context.out(), tokens, total, filter);
      return ExitCode.OK;
    }
    JsonOutput.print(
        context.out(),
        tokens.stream().map(InventoryToken::json).collect(JsonCollectors.toJsonArray()));
    if (total > tokens.size()) {
      context
          .err()
          .println(
              "note: the first "
                  + tokens.size()
                  + " of "
                  + Formats.count(total, "personal token", "personal tokens")
                  + "; --all gives every one");
    }
    return ExitCode.OK;
  }

  /** The options, checked as the server checks them: a typo costs no round trip. */
  private InventoryFilter filter() {
    if (owner != null && owner < 1) {
      throw CliException.usage("--owner must be a person's id, 1 or more");
    }
    days("--expires-within", expiresWithin);
    days("--unused-for", unusedFor);
    return new InventoryFilter(owner, search.strip(), scope, expiresWithin, unusedFor);
  }

  private static void days(String option, Integer days) {
    if (days != null && (days < 0 || days > MAX_DAYS)) {
      throw CliException.usage(option + " must be between 0 and " + MAX_DAYS + " days");
    }
  }

  /**
   * The server's CSV as it is; with --all page after page, the header line once, until a page comes
   * short of a full one.
   */
  private void csv(PtkApi api, InventoryFilter filter) {
    PrintWriter out = context.out();
    String page = api.inventoryCsv(1, ListPage.MAX_SIZE, filter);
    out.print(page);
    for (int number = 2; all && Csv.records(page) - 1 >= ListPage.MAX_SIZE; number++) {
      page = api.inventoryCsv(number, ListPage.MAX_SIZE, filter);
      out.print(Csv.withoutHeader(page));
    }
    out.flush();
  }

  static void table(PrintWriter out, List<InventoryToken> tokens, long total, InventoryFilter f) {
    if (tokens.isEmpty()) {
      out.println(
          f.narrows()
              ? "No live personal token matches these filters."
              : "No live personal tokens on this server.");
      return;
    }
    Table table =
        Table.listing(
            "ID",
            "OWNER",
            "NAME",
            "SCOPE",
            "ALLOWED FROM",
            "CREATED",
            "EXPIRES",
            "LAST USED",
            "FROM");
    for (InventoryToken token : tokens) {
      table.row(
          token.token().uuid(),
          token.ownerEmail(),
          token.token().name(),
          TokenViews.scope(token.token().scope()),
          TokenViews.allowedFrom(token.token()),
          Formats.tableInstant(token.token().created()),
          Formats.tableInstant(token.token().expiresAt()),
          Formats.tableInstant(token.token().lastUsedAt()),
          TokenViews.orDash(token.token().lastUsedIp()));
    }
    table.print(out);
    String counted =
        total > tokens.size()
            ? "The first "
                + tokens.size()
                + " of "
                + Formats.count(total, "personal token", "personal tokens")
                + " (--all shows every one)"
            : Formats.count(tokens.size(), "personal token", "personal tokens");
    out.println(counted + "; times in UTC.");
    TokenViews.blocked(out, tokens.stream().map(InventoryToken::token).toList());
  }

  /** Just enough of RFC 4180 to count a page's records and drop its header line. */
  static final class Csv {

    private Csv() {}

    /** How many records, the header included: line ends outside quotes. */
    static int records(String csv) {
      int records = 0;
      boolean quoted = false;
      for (int i = 0; i < csv.length(); i++) {
        char c = csv.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '\n' && !quoted) {
          records++;
        }
      }
      return records;
    }

    /** The page after its first line, the header, which holds no quotes. */
    static String withoutHeader(String csv) {
      int end = csv.indexOf('\n');
      return end < 0 ? "" : csv.substring(end + 1);
    }
  }
}
