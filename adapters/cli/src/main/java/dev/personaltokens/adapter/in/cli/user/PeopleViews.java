package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.adapter.in.cli.common.Table;
import dev.personaltokens.domain.Text;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.util.List;

/** The people of this server, as the admins' API describes them, shown to a person. */
final class PeopleViews {

  private PeopleViews() {}

  /** {@code dana@example.com (id 7)}: a person as every people command names them. */
  static String who(Person person) {
    return Text.printable(person.email()) + " (id " + person.id() + ")";
  }

  /**
   * {@code people}, with {@code none} when there is no one; {@code total} is how many the whole
   * list holds, more than {@code people} when only its first page is shown.
   */
  static void table(PrintWriter out, List<Person> people, long total, String none) {
    if (people.isEmpty()) {
      out.println(none);
      return;
    }
    Table table =
        Table.listing("ID", "EMAIL", "ROLE", "STATUS", "CREATED", "LAST SIGN-IN", "LIVE TOKENS");
    for (Person person : people) {
      table.row(
          Long.toString(person.id()),
          person.email(),
          person.role(),
          person.status(),
          Formats.tableInstant(person.created()),
          Formats.tableInstant(person.lastSignInAt()),
          person.liveTokens() == null ? "-" : person.liveTokens().toString());
    }
    table.print(out);
    String counted =
        total > people.size()
            ? "The first "
                + people.size()
                + " of "
                + Formats.count(total, "person", "people")
                + " (--all shows every one)"
            : Formats.count(people.size(), "person", "people");
    out.println(counted + "; times in UTC.");
  }

  /**
   * A person's new one-time link: said to be mailed, or shown - the only time it is. {@code what}
   * says what happened ({@code Added member dana@example.com (id 7)}), the link follows.
   */
  static void issued(CliContext context, OutputFormat format, IssuedLink issued, String what) {
    String email = Text.printable(issued.person().email());
    if (format == OutputFormat.JSON) {
      JsonOutput.print(context.out(), issued.json());
      if (issued.link() != null) {
        context.err().println("This is the only time the link is shown: give it to " + email + ".");
      }
      return;
    }
    PrintWriter out = context.out();
    String until = TokenViews.when(issued.expiresAt(), context.clock().instant());
    out.println(what + ".");
    if (issued.link() == null) {
      out.println(
          "A link to set their password was mailed to " + email + ", valid until " + until + ".");
      return;
    }
    out.println(
        "Give this link to "
            + email
            + "; it works once, until "
            + until
            + "; it is not shown again:");
    out.println();
    out.println("  " + Text.printable(issued.link()));
    out.println();
  }

  /** The server's own JSON for scripts, else {@code sentence} for people. */
  static void show(CliContext context, OutputFormat format, JsonObject json, String sentence) {
    if (format == OutputFormat.JSON) {
      JsonOutput.print(context.out(), json);
    } else {
      context.out().println(sentence);
    }
  }
}
