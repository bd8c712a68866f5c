package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.Tokens.ID;
import static dev.personaltokens.adapter.in.cli.user.Tokens.OTHER_TOKEN;
import static dev.personaltokens.adapter.in.cli.user.Tokens.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli;
import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** rotate, delete --all, list --search and completion against a stand-in API. */
class LifecycleCommandsTest extends SignedInToFakeApi {

  static final String NEW_ID = "11111111-2222-4333-8444-555555555555";
  static final String ROTATE = "/api/iam/personal_tokens/" + ID + "/rotate";
  static final String ROTATE_SELF = "/api/iam/personal_tokens/self/rotate";
  static final String REVOKE_ALL = "/api/iam/personal_tokens/revoke_all";

  @Test
  void rotateShowsTheNewTokenOnceAndSendsNoExpiryByDefault() {
    api.answer("POST", ROTATE, 201, rotated());

    Run run = cli.run("tokens", "rotate", ID);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(0).body())).isEmpty();
    assertThat(run.out())
        .contains("Rotated: the new personal token \"laptop\" (id " + NEW_ID + ", scope Global)")
        .contains("  " + OTHER_TOKEN + "\n")
        .contains("only time the token is shown");
  }

  @Test
  void rotateSendsTheExpiryAsked() {
    api.answer("POST", ROTATE, 201, rotated());

    cli.run("tokens", "rotate", ID, "--expires-in", "7d");
    cli.run("tokens", "rotate", ID, "--expires-at", "2026-12-24");

    assertThat(json(api.requests().get(0).body()).getString("expires_at"))
        .isEqualTo("2026-06-08T12:00:00Z");
    assertThat(json(api.requests().get(1).body()).getString("expires_at"))
        .isEqualTo("2026-12-24T00:00:00Z");
  }

  @Test
  void rotatingTheStoredTokenStoresTheNewOne() {
    ConfigFile file = new ConfigFile(config);
    file.save(new StoredLogin(api.url(), TOKEN, ID, "me@example.com", null));
    api.answer("POST", ROTATE_SELF, 201, rotated());

    Run run = signedInCli().run("tokens", "rotate", "self");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    StoredLogin stored = file.load().orElseThrow();
    assertThat(stored.token()).isEqualTo(OTHER_TOKEN);
    assertThat(stored.tokenId()).isEqualTo(NEW_ID);
    assertThat(stored.expiresAt()).isEqualTo(Instant.parse("2026-06-08T12:00:00Z"));
    assertThat(run.err()).contains("now signs in with the new token");
    assertThat(api.requests().get(0).authorization()).isEqualTo("Token " + TOKEN);
  }

  @Test
  void rotatingTheStoredTokenByItsIdStoresTheNewOneToo() {
    ConfigFile file = new ConfigFile(config);
    file.save(new StoredLogin(api.url(), TOKEN, ID, "me@example.com", null));
    api.answer("POST", ROTATE, 201, rotated());

    signedInCli().run("tokens", "rotate", ID);

    assertThat(file.load().orElseThrow().token()).isEqualTo(OTHER_TOKEN);
  }

  @Test
  void rotatingSelfFromTheEnvironmentSaysToReplaceIt() {
    api.answer("POST", ROTATE_SELF, 201, rotated());

    Run run = cli.run("tokens", "rotate", "self");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("PTK_TOKEN, no longer works");
    assertThat(new ConfigFile(config).load()).isEmpty();
  }

  @Test
  void aRotatedAwayTokenIsRefusedInOneLine() {
    api.answer(
        "POST",
        ROTATE,
        401,
        FakeApi.error(401, "auth.token.rotated", "the token was replaced by rotation on 2026"));

    Run run = cli.run("tokens", "rotate", ID);

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SIGNED_IN);
    assertThat(run.errLines()).contains("replaced by rotation");
  }

  @Test
  void rotateRefusesWhatIsNeitherAnIdNorSelf() {
    Run run = cli.run("tokens", "rotate", "me");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void deleteAllAsksToTypeDeleteThenSaysHowMany() {
    api.answer("POST", REVOKE_ALL, 200, "{\"revoked\":3,\"caller_revoked\":false}");

    Run run = cli.runWithInput("delete\n", "tokens", "delete", "--all");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("Every personal token of your account on " + api.url());
    assertThat(run.out()).isEqualTo("Deleted 3 personal tokens.\n");
    assertThat(json(api.requests().get(0).body()).getString("confirm")).isEqualTo("delete");
  }

  @Test
  void deleteAllWithAnyOtherAnswerDeletesNothing() {
    Run run = cli.runWithInput("no\n", "tokens", "delete", "--all");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void deleteAllThatTookThisMachinesTokenSignsItOut() {
    ConfigFile file = new ConfigFile(config);
    file.save(new StoredLogin(api.url(), TOKEN, ID, "me@example.com", null));
    api.answer("POST", REVOKE_ALL, 200, "{\"revoked\":1,\"caller_revoked\":true}");

    Run run = signedInCli().run("tokens", "delete", "--all", "--yes");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Deleted 1 personal token.")
        .contains("you are now signed out on this machine");
    assertThat(file.load()).isEmpty();
  }

  @Test
  void deleteNeedsAnIdOrAllButNotBoth() {
    assertThat(cli.run("tokens", "delete").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run("tokens", "delete", ID, "--all", "--yes").exitCode())
        .isEqualTo(ExitCode.USAGE);
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void listSearchesOnTheServer() {
    api.answer(
        "GET",
        "/api/iam/personal_tokens?page=1&page_size=100&search=ci%20bot%26co",
        200,
        Tokens.page(0, 0));

    Run run = cli.run("tokens", "list", "--search", "ci bot&co");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("No personal token matches 'ci bot&co'.");
  }

  @Test
  void completionPrintsAScriptForBashAndZsh() {
    Run bash = cli.run("completion", "bash");
    Run zsh = cli.run("completion", "zsh");

    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out()).contains("complete -F").contains("rotate").contains("--expires-in");
    assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit");
    assertThat(cli.run("completion", "fish").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  /** Signed in by 'ptk login' rather than through PTK_TOKEN. */
  private Cli signedInCli() {
    return new Cli(config).env("PTK_SERVER", api.url());
  }

  private static String rotated() {
    return "{\"uuid\":\""
        + NEW_ID
        + "\",\"name\":\"laptop\",\"key\":\""
        + OTHER_TOKEN
        + "\",\"user_id\":1,\"created\":\"2026-06-01T12:00:00Z\",\"expires_at\":\"2026-06-08T12:00:00Z\","
        + "\"description\":\"\",\"scope\":\"global\",\"hint\":\"ptk_...abcd\"}";
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
