package dev.personaltokens.adapter.in.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Answer;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Request;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admins' credentials commands against a stand-in API: requests, output formats, exit codes.
 */
class CredentialsCommandsTest extends SignedInToFakeApi {

  static final String INVENTORY = "/api/admin/personal_tokens?page=1&page_size=100";
  static final String PAGE_2 = "/api/admin/personal_tokens?page=2&page_size=100";
  static final String ID = Tokens.ID;
  static final String CSV_HEADER =
      "uuid,name,description,scope,owner_id,owner_email,created,expires_at,last_used_at,"
          + "last_used_ip\r\n";

  @Test
  void listShowsEveryColumn() {
    api.answer(
        "GET",
        INVENTORY,
        200,
        Tokens.page(
            2,
            1,
            token(
                ID,
                "deploy",
                7,
                "dana@example.com",
                "\"2026-05-31T09:30:00Z\"",
                "\"198.51.100.7\""),
            token("u2", "ci", 1, "admin@example.com", "null", "null")
                .replace("\"global\"", "\"read_only\"")));

    Run run = cli.run("credentials", "list");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("ID")
        .contains("OWNER", "NAME", "SCOPE", "CREATED", "EXPIRES", "LAST USED", "FROM");
    assertThat(lines.get(1))
        .startsWith(ID)
        .contains("dana@example.com", "deploy", "Global", "2026-05-01 08:00", "2026-07-01 00:00")
        .contains("2026-05-31 09:30")
        .endsWith("198.51.100.7");
    assertThat(lines.get(2)).contains("admin@example.com", "ci", "never").endsWith("-");
    assertThat(lines.get(2)).doesNotContain("Global");
    assertThat(lines.get(3)).isEqualTo("2 personal tokens; times in UTC.");
  }

  @Test
  void listSendsEveryFilterToTheServer() {
    api.answer(
        "GET",
        INVENTORY
            + "&owner=7&search=deploy%20key&scope=read_only&expires_within_days=30"
            + "&unused_for_days=90",
        200,
        Tokens.page(0, 0));

    Run run =
        cli.run(
            "credentials",
            "list",
            "--owner",
            "7",
            "--search",
            "deploy key",
            "--scope",
            "READ_ONLY",
            "--expires-within",
            "30",
            "--unused-for",
            "90");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("No live personal token matches these filters.\n");
  }

  @Test
  void listShowsTheFirstPageAndSaysHowManyMoreThereAre() {
    api.answer("GET", INVENTORY, 200, Tokens.page(150, 2, hundredTokens()));

    Run run = cli.run("credentials", "list");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(1 + 100 + 1)
        .last()
        .isEqualTo("The first 100 of 150 personal tokens (--all shows every one); times in UTC.");
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void listAllShowsEveryPageAsOneTable() {
    api.answer("GET", INVENTORY, 200, Tokens.page(101, 2, hundredTokens()))
        .answer(
            "GET",
            PAGE_2,
            200,
            Tokens.page(101, 2, token(ID, "last", 7, "dana@example.com", "null", "null")));

    Run run = cli.run("credentials", "list", "--all");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + 101 + 1);
    assertThat(lines.get(101)).contains("dana@example.com", "last");
    assertThat(lines.get(102)).isEqualTo("101 personal tokens; times in UTC.");
  }

  @Test
  void listAsJsonIsTheApisTokensAndSaysOnStandardErrorWhenThereAreMore() {
    api.answer("GET", INVENTORY, 200, Tokens.page(150, 2, hundredTokens()));

    Run run = cli.run("credentials", "list", "-o", "json");

    JsonArray tokens = Json.createReader(new StringReader(run.out())).readArray();
    assertThat(tokens).hasSize(100);
    assertThat(tokens.getJsonObject(0).getJsonObject("owner").getInt("id")).isEqualTo(7);
    assertThat(run.errLines())
        .isEqualTo("note: the first 100 of 150 personal tokens; --all gives every one");
  }

  @Test
  void listAsCsvAsksForCsvAndPrintsItAsItIs() {
    String csv =
        CSV_HEADER
            + ID
            + ",\"deploy, prod\",\"two\r\nlines\",global,7,dana@example.com,"
            + "2026-05-01T08:00:00Z,2026-07-01T00:00:00Z,,\r\n";
    api.answer("GET", INVENTORY + "&owner=7", new Answer(200, "text/csv", csv, Map.of()));

    Run run = cli.run("credentials", "list", "--owner", "7", "-o", "CSV");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(csv);
    assertThat(api.requests()).extracting(Request::accept).containsExactly("text/csv");
  }

  @Test
  void listAllAsCsvGivesTheHeaderOnce() {
    StringBuilder full = new StringBuilder(CSV_HEADER);
    for (int i = 1; i <= 100; i++) {
      full.append("u").append(i).append(",\"a\r\nb\",,global,7,d@example.com,,,,\r\n");
    }
    String last = "u101,last,,global,7,d@example.com,,,,\r\n";
    api.answer("GET", INVENTORY, new Answer(200, "text/csv", full.toString(), Map.of()))
        .answer("GET", PAGE_2, new Answer(200, "text/csv", CSV_HEADER + last, Map.of()));

    Run run = cli.run("credentials", "list", "--all", "-o", "csv");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(full + last);
    assertThat(api.requests()).hasSize(2);
  }

  @Test
  void badInputIsOneLineWithoutARequest() {
    for (Run run :
        List.of(
            cli.run("credentials", "list", "--scope", "everything"),
            cli.run("credentials", "list", "--expires-within", "-1"),
            cli.run("credentials", "list", "--unused-for", "9999"),
            cli.run("credentials", "list", "--owner", "zero"),
            cli.run("credentials", "list", "--owner", "0"),
            cli.run("credentials", "list", "-o", "xml"),
            cli.run("credentials", "revoke", "not-a-uuid"))) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(run.errLines()).as(run.toString()).startsWith("ptk: ").doesNotContain("\n");
      assertThat(run.out()).isEmpty();
    }
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void aMemberIsToldInOneLineThatThisNeedsAnAdmin() {
    api.answer("GET", INVENTORY, 403, People.FORBIDDEN)
        .answer("DELETE", "/api/admin/personal_tokens/" + ID, 403, People.FORBIDDEN);

    for (Run run :
        List.of(
            cli.run("credentials", "list"),
            cli.run("credentials", "list", "-o", "csv"),
            cli.run("credentials", "revoke", ID, "--yes"))) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FORBIDDEN);
      assertThat(run.errLines()).isEqualTo("ptk: this needs an admin of this server");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void revokeAsksForTheWordThenNamesTheTokenAndItsOwner() {
    api.answer("GET", INVENTORY, 200, Tokens.page(1, 1, deploy()))
        .answer("DELETE", "/api/admin/personal_tokens/" + ID, 204, "");

    Run run = cli.runWithInput("revoke\n", "credentials", "revoke", ID);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("Personal token \"deploy\" of dana@example.com (" + ID + ") will stop working")
        .contains("Type revoke to revoke it:");
    assertThat(run.out()).isEqualTo("Revoked \"deploy\" of dana@example.com; they were told.\n");
    assertThat(api.requests()).extracting(Request::method).containsExactly("GET", "DELETE");
  }

  @Test
  void revokeWithAnyOtherAnswerRevokesNothing() {
    api.answer("GET", INVENTORY, 200, Tokens.page(1, 1, deploy()));

    Run wrong = cli.runWithInput("yes\n", "credentials", "revoke", ID);
    Run nothing = cli.run("credentials", "revoke", ID);

    assertThat(wrong.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(wrong.err()).contains("ptk: not revoked: you typed 'yes', not 'revoke'");
    assertThat(nothing.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(nothing.err()).contains("nothing was typed (use --yes to revoke");
    assertThat(api.requests()).extracting(Request::method).containsOnly("GET");
  }

  @Test
  void revokeWithYesAsksNothingAndFindsTheTokenOnALaterPage() {
    api.answer("GET", INVENTORY, 200, Tokens.page(101, 2, hundredTokens()))
        .answer("GET", PAGE_2, 200, Tokens.page(101, 2, deploy()))
        .answer("DELETE", "/api/admin/personal_tokens/" + ID, 204, "");

    Run run = cli.run("credentials", "revoke", "--yes", ID);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("Revoked \"deploy\" of dana@example.com; they were told.\n");
    assertThat(api.requests()).extracting(Request::method).containsExactly("GET", "GET", "DELETE");
  }

  @Test
  void revokeOfATokenNotInTheInventoryIsNotFound() {
    api.answer("GET", INVENTORY, 200, Tokens.page(0, 0));

    Run run = cli.run("credentials", "revoke", "--yes", ID);

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.errLines())
        .isEqualTo("ptk: no live personal token has the id " + ID + "; see 'ptk credentials list'");
    assertThat(api.requests()).extracting(Request::method).containsOnly("GET");
  }

  @Test
  void textFromTheServerCantSteerTheTerminal() {
    api.answer(
            "GET",
            INVENTORY,
            200,
            Tokens.page(
                1, 1, token(ID, "evil\\u001b[2J", 7, "e\\u001b[2J@example.com", "null", "null")))
        .answer("DELETE", "/api/admin/personal_tokens/" + ID, 204, "");

    Run listed = cli.run("credentials", "list");
    Run revoked = cli.run("credentials", "revoke", ID, "--yes");

    for (Run run : List.of(listed, revoked)) {
      assertThat(run.out()).contains("evil?[2J", "e?[2J@example.com").doesNotContain("\u001b");
    }
  }

  @Test
  void helpAndCompletionCoverTheCredentialsCommands() {
    Run help = cli.run("credentials", "--help");
    Run bash = cli.run("completion", "bash");

    assertThat(help.out()).contains("list", "revoke", "exit code 7");
    assertThat(cli.run("--help").out()).contains("credentials");
    assertThat(cli.run("credentials", "list", "--help").out())
        .contains("--owner", "--search", "--scope", "--expires-within", "--unused-for", "--all");
    assertThat(bash.out())
        .contains("credentials", "revoke", "--expires-within", "--unused-for")
        .contains("(\"global\" \"read_only\")", "(\"table\" \"json\" \"csv\")");
  }

  private static String deploy() {
    return token(ID, "deploy", 7, "dana@example.com", "null", "null");
  }

  /** A token as the inventory lists it, with its owner and last use (JSON values). */
  static String token(
      String uuid, String name, long ownerId, String email, String lastUsed, String ip) {
    return Tokens.json(uuid, name, "")
        .replace(
            "\"last_used_at\":null}",
            "\"last_used_at\":"
                + lastUsed
                + ",\"last_used_ip\":"
                + ip
                + ",\"owner\":{\"id\":"
                + ownerId
                + ",\"email\":\""
                + email
                + "\"}}");
  }

  private static String[] hundredTokens() {
    List<String> tokens = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      tokens.add(token("u" + i, "token" + i, 7, "person" + i + "@example.com", "null", "null"));
    }
    return tokens.toArray(String[]::new);
  }
}
