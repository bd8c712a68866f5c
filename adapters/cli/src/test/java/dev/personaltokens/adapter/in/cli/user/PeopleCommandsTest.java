package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.People.LIST;
import static dev.personaltokens.adapter.in.cli.user.TokensCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Request;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admins' people commands against a stand-in API: requests, output formats, exit codes. */
class PeopleCommandsTest extends SignedInToFakeApi {

  static final String DANA = People.person(7, "dana@example.com", "member", "active");
  static final String ACCOUNT = "/api/admin/accounts/7";
  static final String LINK = "http://localhost:8080/#/password/" + People.LINK_SECRET;

  @Test
  void listShowsEveryColumn() {
    api.answer(
        "GET",
        LIST,
        200,
        People.page(
            2,
            1,
            People.listed(1, "admin@example.com", "active", "2026-05-31T09:30:00Z"),
            People.listed(7, "dana@example.com", "deactivated", null)));

    Run run = cli.run("people", "list");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("ID")
        .contains("EMAIL", "ROLE", "STATUS", "CREATED", "LAST SIGN-IN", "LIVE TOKENS");
    assertThat(lines.get(1))
        .contains("admin@example.com", "member", "active", "2026-05-01 08:00", "2026-05-31 09:30")
        .endsWith("2");
    assertThat(lines.get(2)).startsWith("7 ").contains("dana@example.com", "deactivated", "never");
    assertThat(lines.get(3)).isEqualTo("2 people; times in UTC.");
  }

  @Test
  void listShowsTheFirstPageAndSaysHowManyMoreThereAre() {
    api.answer("GET", LIST, 200, People.page(150, 2, hundredPeople()));

    Run run = cli.run("people", "list");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines().toList())
        .hasSize(1 + 100 + 1)
        .last()
        .isEqualTo("The first 100 of 150 people (--all shows every one); times in UTC.");
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void listAllShowsEveryPageAsOneTable() {
    api.answer("GET", LIST, 200, People.page(101, 2, hundredPeople()))
        .answer(
            "GET",
            "/api/admin/accounts?page=2&page_size=100&search=",
            200,
            People.page(101, 2, People.listed(7, "dana@example.com", "active", null)));

    Run run = cli.run("people", "list", "--all");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + 101 + 1);
    assertThat(lines.get(101)).contains("dana@example.com");
    assertThat(lines.get(102)).isEqualTo("101 people; times in UTC.");
  }

  @Test
  void listSearchesAndFiltersOnTheServer() {
    api.answer(
        "GET",
        "/api/admin/accounts?page=1&page_size=100&search=dana%20x&status=deactivated",
        200,
        People.page(0, 0));

    Run run = cli.run("people", "list", "--search", "dana x", "--status", "Deactivated");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo("No deactivated people whose email contains 'dana x'.\n");
  }

  @Test
  void listAsJsonIsTheApisPeopleAndSaysOnStandardErrorWhenThereAreMore() {
    api.answer("GET", LIST, 200, People.page(150, 2, hundredPeople()));

    Run run = cli.run("people", "list", "-o", "json");

    JsonArray people = Json.createReader(new StringReader(run.out())).readArray();
    assertThat(people).hasSize(100);
    assertThat(people.getJsonObject(0).getInt("live_tokens")).isEqualTo(2);
    assertThat(run.errLines())
        .isEqualTo("note: the first 100 of 150 people; --all gives every one");
  }

  @Test
  void aMemberIsToldInOneLineThatThisNeedsAnAdmin() {
    api.answer("GET", LIST, 403, People.FORBIDDEN)
        .answer("POST", "/api/admin/accounts", 403, People.FORBIDDEN)
        .answer("POST", ACCOUNT + "/reactivate", 403, People.FORBIDDEN);

    for (Run run :
        List.of(
            cli.run("people", "list"),
            cli.run("people", "add", "bob@example.com"),
            cli.run("people", "deactivate", "7"),
            cli.run("people", "reactivate", "7"))) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FORBIDDEN);
      assertThat(run.errLines()).isEqualTo("ptk: this needs an admin of this server");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void addSendsTheEmailAndRoleAndSaysTheLinkWasMailed() {
    api.answer("POST", "/api/admin/accounts", 201, People.issued(DANA, null));

    Run run = cli.run("people", "add", " Dana@Example.com ");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(0).body()))
        .isEqualTo(json("{\"email\":\"dana@example.com\",\"role\":\"member\"}"));
    assertThat(run.out())
        .isEqualTo(
            "Added member dana@example.com (id 7).\n"
                + "A link to set their password was mailed to dana@example.com"
                + ", valid until 2026-06-04 12:00 UTC (in 3 days).\n");
  }

  @Test
  void addShowsTheLinkOnceWhenItWasNotMailed() {
    String admin = People.person(8, "erin@example.com", "admin", "active");
    api.answer("POST", "/api/admin/accounts", 201, People.issued(admin, LINK));

    Run run = cli.run("people", "add", "erin@example.com", "--role", "ADMIN");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(0).body()).getString("role")).isEqualTo("admin");
    assertThat(run.out())
        .startsWith("Added admin erin@example.com (id 8).\n")
        .contains(
            "Give this link to erin@example.com; it works once, until 2026-06-04 12:00 UTC"
                + " (in 3 days); it is not shown again:\n\n  "
                + LINK
                + "\n");
  }

  @Test
  void addAsJsonPrintsTheAnswerAndWarnsOnStandardError() {
    api.answer("POST", "/api/admin/accounts", 201, People.issued(DANA, LINK));

    Run run = cli.run("people", "add", "dana@example.com", "-o", "json");

    assertThat(json(run.out()).getString("password_link")).isEqualTo(LINK);
    assertThat(json(run.out()).getJsonObject("person").getInt("id")).isEqualTo(7);
    assertThat(run.errLines()).contains("only time the link is shown");
  }

  @Test
  void aTakenEmailIsRefusedInOneLine() {
    api.answer(
        "POST",
        "/api/admin/accounts",
        409,
        FakeApi.error(409, "account.email.taken", "an account with this email exists"));

    Run run = cli.run("people", "add", "dana@example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.errLines()).isEqualTo("ptk: an account with this email exists");
  }

  @Test
  void deactivateAsksForTheEmailThenSaysWhatItEnded() {
    api.answer("GET", LIST, 200, People.page(1, 1, DANA))
        .answer("POST", ACCOUNT + "/deactivate", 200, People.deactivated(DANA, 3, 1));

    Run run = cli.runWithInput("dana@example.com\n", "people", "deactivate", "7");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err())
        .contains("dana@example.com (id 7) will be signed out everywhere at once")
        .contains("Type their email to deactivate them:");
    assertThat(run.out())
        .isEqualTo("Deactivated dana@example.com: 3 personal tokens revoked, 1 session ended.\n");
    assertThat(api.requests()).extracting(Request::method).containsExactly("GET", "POST");
  }

  @Test
  void deactivateWithAnyOtherAnswerDeactivatesNoOne() {
    api.answer("GET", LIST, 200, People.page(1, 1, DANA));

    Run wrong = cli.runWithInput("erin@example.com\n", "people", "deactivate", "7");
    Run nothing = cli.run("people", "deactivate", "7");

    assertThat(wrong.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(wrong.err())
        .contains("ptk: not deactivated: you typed 'erin@example.com', not 'dana@example.com'");
    assertThat(nothing.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(nothing.err()).contains("nothing was typed (use --yes to deactivate");
    assertThat(api.requests()).extracting(Request::method).containsOnly("GET");
  }

  @Test
  void deactivateFindsThePersonOnALaterPageAndAsksNoFurther() {
    api.answer("GET", LIST, 200, People.page(250, 3, hundredPeople()))
        .answer(
            "GET",
            "/api/admin/accounts?page=2&page_size=100&search=",
            200,
            People.page(250, 3, DANA.replace("\"id\":7", "\"id\":1007")))
        .answer("POST", "/api/admin/accounts/1007/deactivate", 200, People.deactivated(DANA, 0, 0));

    Run run = cli.runWithInput("dana@example.com\n", "people", "deactivate", "1007");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("0 personal tokens revoked, 0 sessions ended.");
    assertThat(api.requests()).extracting(Request::method).containsExactly("GET", "GET", "POST");
  }

  @Test
  void deactivateWithYesAsksNothingAndAsJsonIsTheAnswer() {
    api.answer("POST", ACCOUNT + "/deactivate", 200, People.deactivated(DANA, 1, 0));

    Run run = cli.run("people", "deactivate", "--yes", "7", "-o", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(json(run.out()).getInt("tokens_revoked")).isEqualTo(1);
    assertThat(api.requests()).extracting(Request::method).containsExactly("POST");
  }

  @Test
  void deactivatingSomeoneDeactivatedAlreadyAsksNothing() {
    String gone = People.person(7, "dana@example.com", "member", "deactivated");
    api.answer("GET", LIST, 200, People.page(1, 1, gone))
        .answer("POST", ACCOUNT + "/deactivate", 200, People.deactivated(gone, 0, 0));

    Run run = cli.run("people", "deactivate", "7");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).doesNotContain("Type their email");
  }

  @Test
  void deactivateOfAnUnknownIdIsNotFound() {
    api.answer("GET", LIST, 200, People.page(1, 1, DANA));

    Run run = cli.runWithInput("dana@example.com\n", "people", "deactivate", "8");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.errLines()).isEqualTo("ptk: no person has the id 8; see 'ptk people list'");
  }

  @Test
  void reactivateSaysTheyCanSignInAgain() {
    api.answer("POST", ACCOUNT + "/reactivate", 200, DANA);

    Run run = cli.run("people", "reactivate", "7");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .isEqualTo("Reactivated dana@example.com (id 7): they can sign in again.\n");
  }

  @Test
  void roleSendsTheNewRoleAndShowsIt() {
    api.answer(
        "PUT", ACCOUNT + "/role", 200, People.person(7, "dana@example.com", "admin", "active"));

    Run run = cli.run("people", "role", "7", "admin");
    Run asJson = cli.run("people", "role", "7", "Admin", "-o", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(0).body())).isEqualTo(json("{\"role\":\"admin\"}"));
    assertThat(run.out()).isEqualTo("The role of dana@example.com (id 7) is now admin.\n");
    assertThat(json(asJson.out()).getString("role")).isEqualTo("admin");
  }

  @Test
  void theLastAdminStaysAnAdmin() {
    api.answer(
        "PUT",
        "/api/admin/accounts/1/role",
        409,
        FakeApi.error(409, "account.last_admin", "the server needs an active admin"));

    Run run = cli.run("people", "role", "1", "member");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.errLines()).isEqualTo("ptk: the server needs an active admin");
  }

  @Test
  void linkMakesANewOneAndSaysWhereItWent() {
    api.answer("POST", ACCOUNT + "/password_link", 200, People.issued(DANA, null));

    Run run = cli.run("people", "link", "7");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .startsWith(
            "Made a new password link for dana@example.com (id 7); their older links no longer"
                + " work.\n")
        .contains("mailed to dana@example.com");
  }

  @Test
  void textFromTheServerCantSteerTheTerminal() {
    String evil = People.person(7, "evil\\u001b[2J@example.com", "member", "active");
    api.answer("POST", ACCOUNT + "/reactivate", 200, evil)
        .answer("GET", LIST, 200, People.page(1, 1, evil));

    Run reactivated = cli.run("people", "reactivate", "7");
    Run listed = cli.run("people", "list");

    for (Run run : List.of(reactivated, listed)) {
      assertThat(run.out()).contains("evil?[2J@example.com").doesNotContain("\u001b");
    }
  }

  @Test
  void helpAndCompletionCoverThePeopleCommands() {
    Run help = cli.run("people", "--help");
    Run bash = cli.run("completion", "bash");

    assertThat(help.out())
        .contains("list", "add", "deactivate", "reactivate", "role", "link", "exit code 7");
    assertThat(cli.run("--help").out()).contains("people", "password");
    assertThat(bash.out())
        .contains("people", "deactivate", "reactivate", "--status", "password")
        .contains("(\"member\" \"admin\")", "(\"active\" \"deactivated\")")
        .contains("(\"table\" \"json\")");
  }

  private static String[] hundredPeople() {
    List<String> people = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      people.add(People.listed(100 + i, "person" + i + "@example.com", "active", null));
    }
    return people.toArray(String[]::new);
  }
}
