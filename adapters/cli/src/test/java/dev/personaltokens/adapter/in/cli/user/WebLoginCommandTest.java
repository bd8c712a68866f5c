package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.Tokens.ID;
import static dev.personaltokens.adapter.in.cli.user.Tokens.OTHER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Request;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ptk login --web} against a stand-in API that asks for no wait between polls. */
class WebLoginCommandTest extends SigningInToFakeApi {

  static final String HANDLE = "ptd_" + "H".repeat(38);
  static final String POLL = "/api/cli/login/" + HANDLE;

  /** What every test here needs the server to answer: the login begun, and whose the token is. */
  @BeforeEach
  void aLoginToPollFor() {
    api.answer("POST", "/api/cli/login", 200, started(0))
        .answer(
            "GET",
            "/api/user/me",
            200,
            "{\"results\":{\"client_id\":\"7\",\"id\":7,\"email\":\"alice@example.com\"}}");
  }

  private String started(int interval) {
    return "{\"user_code\":\"BCDF-GHJK\",\"verification_uri\":\""
        + api.url()
        + "/#/cli-login/BCDF-GHJK\",\"handle\":\""
        + HANDLE
        + "\",\"interval\":"
        + interval
        + ",\"expires_in\":600}";
  }

  private static FakeApi.Answer refusal(int status, String code) {
    return FakeApi.json(status, FakeApi.error(status, code, code.replace('.', ' ')));
  }

  private static FakeApi.Answer issued() {
    return FakeApi.json(
        200,
        "{\"uuid\":\""
            + ID
            + "\",\"name\":\"ptk CLI alice@laptop\",\"key\":\""
            + OTHER_TOKEN
            + "\",\"expires_at\":\"2026-07-01T12:00:00Z\"}");
  }

  @Test
  void showsThePageAndTheCodePollsUntilApprovedAndStoresTheTokenAsLoginDoes() {
    api.answerInTurn(
        "POST", POLL, refusal(428, "login.pending"), refusal(428, "login.pending"), issued());

    Run run = cli.run("login", "--web");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("BCDF-GHJK")
        .contains(api.url() + "/#/cli-login/BCDF-GHJK")
        .contains("Signed in to " + api.url() + " as alice@example.com.")
        .contains(
            "Created a personal token for this machine, expiring 2026-07-01 12:00 UTC, and stored"
                + " it in "
                + config.resolve("config.json"))
        .doesNotContain(OTHER_TOKEN)
        .doesNotContain(HANDLE);
    assertThat(api.requests())
        .extracting(Request::path)
        .containsExactly("/api/cli/login", POLL, POLL, POLL, "/api/user/me");
    assertThat(TokensCommandsTest.json(api.requests().get(0).body()).getString("machine"))
        .isEqualTo("alice@laptop");
    assertThat(api.requests().get(1).authorization()).isNull();
    StoredLogin stored = new ConfigFile(config).load().orElseThrow();
    assertThat(stored.token()).isEqualTo(OTHER_TOKEN);
    assertThat(stored.tokenId()).isEqualTo(ID);
    assertThat(stored.expiresAt()).isEqualTo(Instant.parse("2026-07-01T12:00:00Z"));
  }

  @Test
  void isTheWayInWhenTheServerSignsInWithNoPassword() {
    api.answer(
            "GET",
            FakeApi.SIGN_IN_METHODS,
            200,
            "{\"password_sign_in\":false,\"provider\":\"Okta\"}")
        .answer("POST", POLL, issued());

    Run run = cli.run("login");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("BCDF-GHJK").doesNotContain("Email");
  }

  @Test
  void aDeniedLoginEndsInOneLineAndStoresNothing() {
    api.answer("POST", POLL, refusal(403, "login.denied"));

    Run run = cli.run("login", "--web");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("ptk: the login was denied in the browser; nothing was stored");
    assertThat(config.resolve("config.json")).doesNotExist();
  }

  @Test
  void anExpiredLoginEndsInOneLine() {
    api.answerInTurn("POST", POLL, refusal(428, "login.pending"), refusal(410, "login.expired"));

    Run run = cli.run("login", "--web");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "ptk: the login was not approved within 10 minutes; run 'ptk login --web' again");
  }

  @Test
  void slowsDownFiveSecondsWhenTheServerSaysSo() {
    api.answerInTurn("POST", POLL, refusal(429, "login.slow_down"), issued());
    List<Duration> pauses = new ArrayList<>();

    Run run = cli.pausing(pauses::add).run("login", "--web");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    // The server's interval (0 here) before the first poll, five seconds more after slow_down.
    assertThat(pauses).containsExactly(Duration.ZERO, Duration.ofSeconds(5));
  }

  @Test
  void webAndTokenAreTwoWaysToSignIn() {
    Run run = cli.run("login", "--web", "--token", OTHER_TOKEN);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(api.requests()).isEmpty();
  }
}
