package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.Tokens.ID;
import static dev.personaltokens.adapter.in.cli.user.Tokens.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli;
import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Table;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Answer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token commands against a stand-in API: requests made, output formats, exit codes. */
class TokensCommandsTest extends SignedInToFakeApi {

  static final String LIST = "/api/iam/personal_tokens?page=1&page_size=100&search=";
  static final String ONE = "/api/iam/personal_tokens/" + ID;

  @Test
  void listShowsEveryPageAsOneTable() {
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      first.add(Tokens.json(uuid(i), "token " + i, ""));
    }
    api.answer("GET", LIST, 200, Tokens.page(101, 2, first.toArray(String[]::new)))
        .answer(
            "GET",
            "/api/iam/personal_tokens?page=2&page_size=100&search=",
            200,
            Tokens.page(101, 2, Tokens.json(ID, "the last one", "on page two")));

    Run run = cli.run("tokens", "list");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("ID")
        .contains("NAME", "DESCRIPTION", "SCOPE", "LAST MODIFIED", "EXPIRES", "LAST USED");
    assertThat(lines).hasSize(1 + 101 + 1);
    assertThat(lines.get(101))
        .contains(ID, "the last one", "on page two", "Global", "2026-05-01 08:00")
        .contains("2026-07-01 00:00", "never");
    assertThat(lines.get(102)).isEqualTo("101 personal tokens; times in UTC.");
    assertThat(api.requests()).hasSize(2);
  }

  @Test
  void listAsJsonIsOneArrayOfEveryToken() {
    api.answer(
        "GET",
        LIST,
        200,
        Tokens.page(2, 1, Tokens.json(ID, "a", ""), Tokens.json(uuid(1), "b", "")));

    Run run = cli.run("tokens", "list", "-o", "json");

    JsonArray tokens = Json.createReader(new StringReader(run.out())).readArray();
    assertThat(tokens).hasSize(2);
    assertThat(tokens.getJsonObject(0).getString("uuid")).isEqualTo(ID);
    assertThat(tokens.getJsonObject(1).getString("name")).isEqualTo("b");
  }

  @Test
  void emptyListSaysHowToCreateOne() {
    api.answer("GET", LIST, 200, Tokens.page(0, 0));

    Run run = cli.run("tokens", "list");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No personal tokens").contains("ptk tokens create");
  }

  @Test
  void longDescriptionsAreCutInTheTableButWholeInDescribe() {
    String description = "d".repeat(60);
    api.answer("GET", LIST, 200, Tokens.page(1, 1, Tokens.json(ID, "x", description)))
        .answer("GET", ONE, 200, Tokens.json(ID, "x", description));

    assertThat(cli.run("tokens", "list").out())
        .contains("d".repeat(Table.MAX_CELL - 1) + "…")
        .doesNotContain(description);
    assertThat(cli.run("tokens", "describe", ID).out()).contains(description);
  }

  @Test
  void describeShowsEveryFieldButNeverTheSecret() {
    api.answer("GET", ONE, 200, Tokens.json(ID, "laptop", "my laptop"));

    Run run = cli.run("tokens", "describe", ID);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("ID             " + ID)
        .contains("Name           laptop")
        .contains("Description    my laptop")
        .contains("Scope          Global")
        .contains("Token          ptk_...x1y2 (the rest is never shown again)")
        .contains("Expires        2026-07-01 00:00 UTC (in 30 days)")
        .contains("Last used      never")
        .contains("Used from      -")
        .contains("Blocked        no");
  }

  @Test
  void listAndDescribeSayWhichTokensThePolicyBlocksAndWhy() {
    String why = "it exceeds the maximum lifetime of 30 days set on 2026-05-30; rotate it";
    String blocked =
        Tokens.json(ID, "a year", "").replace("null}", "null,\"blocked\":\"" + why + "\"}");
    api.answer("GET", LIST, 200, Tokens.page(2, 1, blocked, Tokens.json(uuid(1), "a month", "")))
        .answer("GET", ONE, 200, blocked);

    Run listed = cli.run("tokens", "list");
    Run described = cli.run("tokens", "describe", ID);

    assertThat(listed.out().lines().toList())
        .endsWith(
            "2 personal tokens; times in UTC.",
            "1 token is blocked by this server's policy, refused until it allows them:",
            "  " + ID + " \"a year\": " + why);
    assertThat(described.out()).contains("Blocked        " + why);
  }

  @Test
  void describeAsJsonIsTheApisToken() {
    api.answer("GET", ONE, 200, Tokens.json(ID, "laptop", "my laptop"));

    JsonObject token = json(cli.run("tokens", "describe", ID, "--output=json").out());

    assertThat(token.getString("name")).isEqualTo("laptop");
    assertThat(token.isNull("last_used_at")).isTrue();
  }

  @Test
  void createSendsTheExpiryOfThePresetAndShowsTheTokenOnce() {
    api.answer("POST", "/api/iam/personal_tokens", 201, created());

    Run run =
        cli.run(
            "tokens",
            "create",
            "--name",
            " laptop ",
            "--expires-in",
            "7d",
            "--description",
            "mine");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonObject sent = json(api.requests().get(0).body());
    assertThat(sent.getString("name")).isEqualTo("laptop");
    assertThat(sent.getString("description")).isEqualTo("mine");
    assertThat(sent.getString("expires_at")).isEqualTo("2026-06-08T12:00:00Z");
    assertThat(sent.getString("scope")).isEqualTo("global");
    assertThat(run.out())
        .contains("Created personal token \"laptop\" (id " + ID + ", scope Global)")
        .contains("  " + Tokens.OTHER_TOKEN + "\n")
        .contains("only time the token is shown");
  }

  @Test
  void createTakesAReadOnlyScopeInAnyCase() {
    api.answer(
        "POST",
        "/api/iam/personal_tokens",
        201,
        created().replace("\"scope\":\"global\"", "\"scope\":\"read_only\""));

    Run run =
        cli.run("tokens", "create", "--name", "ro", "--expires-in", "1d", "--scope", "READ_ONLY");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(0).body()).getString("scope")).isEqualTo("read_only");
    assertThat(run.out()).contains("(id " + ID + ", scope Read-only)");
  }

  @Test
  void createRefusesAnUnknownScopeWithoutCallingTheServer() {
    Run run = cli.run("tokens", "create", "--name", "x", "--expires-in", "1d", "--scope", "admin");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("expected global or read_only").contains("'admin'");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void createTakesADate() {
    api.answer("POST", "/api/iam/personal_tokens", 201, created());

    cli.run("tokens", "create", "--name", "x", "--expires-at", "2026-12-24T18:00+01:00");

    assertThat(json(api.requests().get(0).body()).getString("expires_at"))
        .isEqualTo("2026-12-24T17:00:00Z");
  }

  @Test
  void createAsJsonPrintsTheAnswerAndWarnsOnStandardError() {
    api.answer("POST", "/api/iam/personal_tokens", 201, created());

    Run run = cli.run("tokens", "create", "--name", "x", "--expires-in", "1y", "-o", "json");

    assertThat(json(run.out()).getString("key")).isEqualTo(Tokens.OTHER_TOKEN);
    assertThat(run.err()).contains("only time the token is shown");
  }

  @Test
  void serverRefusalOfACreateIsAUsageErrorWithItsDetail() {
    api.answer(
        "POST",
        "/api/iam/personal_tokens",
        400,
        FakeApi.error(
            400, "token.expires_at.too_far", "expires_at must be at most 366 days from now"));

    Run run = cli.run("tokens", "create", "--name", "x", "--expires-at", "2030-01-01");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).isEqualTo("ptk: expires_at must be at most 366 days from now");
  }

  @Test
  void deleteAsksToTypeDeleteAndThenDeletes() {
    api.answer("GET", ONE, 200, Tokens.json(ID, "laptop", "")).answer("DELETE", ONE, 204, "");

    Run run = cli.runWithInput("delete\n", "tokens", "delete", ID);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("Type delete to delete it:");
    assertThat(run.out()).contains("Deleted personal token \"laptop\" (" + ID + ").");
    assertThat(api.requests()).extracting(FakeApi.Request::method).containsExactly("GET", "DELETE");
  }

  @Test
  void anyOtherAnswerDeletesNothing() {
    api.answer("GET", ONE, 200, Tokens.json(ID, "laptop", "")).answer("DELETE", ONE, 204, "");

    Run run = cli.runWithInput("yes\n", "tokens", "delete", ID);

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.err()).contains("ptk: not deleted: you typed 'yes', not 'delete'");
    assertThat(api.requests()).extracting(FakeApi.Request::method).containsExactly("GET");
  }

  @Test
  void noAnswerAtAllDeletesNothing() {
    api.answer("GET", ONE, 200, Tokens.json(ID, "laptop", ""));

    Run run = cli.run("tokens", "delete", ID);

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.err()).contains("nothing was typed (use --yes");
  }

  @Test
  void yesDeletesWithoutAsking() {
    api.answer("GET", ONE, 200, Tokens.json(ID, "laptop", "")).answer("DELETE", ONE, 204, "");

    Run run = cli.run("tokens", "delete", "--yes", ID);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).doesNotContain("Type delete");
    assertThat(api.requests()).extracting(FakeApi.Request::method).contains("DELETE");
  }

  @Test
  void unknownTokenIsNotFoundWithTheApisDetail() {
    api.answer("GET", ONE, 404, FakeApi.error(404, "token.not_found", "no personal token " + ID));

    Run run = cli.run("tokens", "describe", ID);

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.errLines()).isEqualTo("ptk: no personal token " + ID);
  }

  @Test
  void refusedTokenIsNotSignedInWithTheApisDetail() {
    api.answer("GET", LIST, 401, FakeApi.error(401, "auth.token.expired", "the token has expired"));

    Run run = cli.run("tokens", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SIGNED_IN);
    assertThat(run.errLines())
        .isEqualTo("ptk: the server refused the token from PTK_TOKEN: the token has expired");
  }

  @Test
  void serverFailureIsAServerErrorWithItsDetail() {
    api.answer("GET", LIST, 500, FakeApi.error(500, "internal", "quote error id 42"));

    Run run = cli.run("tokens", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCode.SERVER_ERROR);
    assertThat(run.errLines()).isEqualTo("ptk: the server failed (HTTP 500): quote error id 42");
  }

  @Test
  void somethingElseThanTheApiIsAServerError() {
    api.answer("GET", LIST, new Answer(404, "text/html", "<html>Not Found</html>", Map.of()));

    Run run = cli.run("tokens", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCode.SERVER_ERROR);
    assertThat(run.errLines()).contains("is it a Personal Tokens server?").doesNotContain("html");
  }

  @Test
  void serverThatIsDownIsUnreachable() throws IOException {
    Run run = cli.env("PTK_SERVER", Cli.closedServer()).run("tokens", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.errLines())
        .startsWith("ptk: cannot reach http://127.0.0.1:")
        .contains("connection refused; is the server running?")
        .doesNotContain("\n");
  }

  @Test
  void warnsOnStandardErrorWhenTheTokenExpiresWithinAWeek() {
    api.withHeaders(Map.of(ExpiryWarning.HEADER, "2026-06-04T12:00:00Z"))
        .answer("GET", LIST, 200, Tokens.page(0, 0));

    Run run = cli.run("tokens", "list", "-o", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("warning: the token in use expires in 3 days (2026-06-04 12:00 UTC)");
    assertThat(run.out()).doesNotContain("warning");
  }

  @Test
  void saysNothingWhenTheTokenExpiresLater() {
    api.withHeaders(Map.of(ExpiryWarning.HEADER, "2026-06-09T12:00:00Z"))
        .answer("GET", LIST, 200, Tokens.page(0, 0));

    assertThat(cli.run("tokens", "list").err()).isEmpty();
  }

  @Test
  void mistypedTokenIsRefusedBeforeAnyRequest() {
    String typo = TOKEN.substring(0, TOKEN.length() - 1) + (TOKEN.endsWith("a") ? "b" : "a");

    Run run = cli.env("PTK_TOKEN", typo).run("tokens", "list");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SIGNED_IN);
    assertThat(run.errLines())
        .contains("PTK_TOKEN is not a well-formed ptk_ token")
        .doesNotContain(typo);
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void sendsTheTokenInTheAuthorizationHeaderAndPrintsItNowhere() {
    api.answer("GET", LIST, 200, Tokens.page(1, 1, Tokens.json(ID, "a", "")))
        .answer("GET", ONE, 200, Tokens.json(ID, "a", ""));

    Run list = cli.run("tokens", "list");
    Run describe = cli.run("tokens", "describe", ID, "-o", "json");

    assertThat(api.requests())
        .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Token " + TOKEN));
    for (Run run : List.of(list, describe)) {
      assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    }
  }

  @Test
  void textFromTheServerCantSteerTheTerminal() {
    api.answer(
        "GET", LIST, 200, Tokens.page(1, 1, Tokens.json(ID, "evil\\u001b[2Jname\\u202e", "")));

    Run run = cli.run("tokens", "list");

    assertThat(run.out())
        .contains("evil?[2Jname?")
        .doesNotContain("\u001b")
        .doesNotContain("\u202e");
  }

  private static String created() {
    return "{\"uuid\":\""
        + ID
        + "\",\"name\":\"laptop\",\"key\":\""
        + Tokens.OTHER_TOKEN
        + "\",\"user_id\":1,\"created\":\"2026-06-01T12:00:00Z\",\"expires_at\":\"2026-06-08T12:00:00Z\","
        + "\"description\":\"mine\",\"scope\":\"global\",\"hint\":\"ptk_...abcd\"}";
  }

  private static String uuid(int i) {
    return String.format("00000000-0000-4000-8000-%012d", i);
  }

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
