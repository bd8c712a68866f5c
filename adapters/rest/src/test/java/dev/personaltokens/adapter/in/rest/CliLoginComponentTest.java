package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/cli/login}: the command line's browser login, over HTTP in memory. */
class CliLoginComponentTest {

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent api = RestComponent.over(app);

  Account account;
  String session;

  @BeforeEach
  void signIn() {
    account = api.newAccount();
    session = api.session(account);
  }

  private JsonObject begin() {
    Answer started = api.post("cli/login").json("{\"machine\":\"ada@laptop\"}").send();
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json();
  }

  private Answer poll(JsonObject started) {
    return api.post("cli/login/" + started.getString("handle")).send();
  }

  private String code(JsonObject started) {
    return started.getString("user_code");
  }

  @Test
  void beginsWithTheCodeTheUrlTheHandleAndTheTimes() {
    JsonObject started = begin();

    assertThat(started.keySet())
        .containsExactlyInAnyOrder(
            "user_code", "verification_uri", "handle", "interval", "expires_in");
    assertThat(code(started)).matches("[B-Z&&[^EIOUY]]{4}-[B-Z&&[^EIOUY]]{4}");
    assertThat(started.getString("verification_uri"))
        .isEqualTo("http://localhost:8080/#/cli-login/" + code(started));
    assertThat(started.getString("handle")).matches("ptd_[0-9A-Za-z]{38}");
    assertThat(started.getInt("interval")).isEqualTo(5);
    assertThat(started.getInt("expires_in")).isEqualTo(600);
  }

  @Test
  void theConsoleShowsApprovesAndTheCommandLineCollectsTheTokenOnce() {
    JsonObject started = begin();
    Answer pending = poll(started);
    assertThat(pending.status()).isEqualTo(428);
    assertThat(pending.errorCode()).isEqualTo("login.pending");
    assertThat(pending.header("Retry-After")).contains("5");

    Answer shown = api.get("cli/login/code/" + code(started).toLowerCase()).token(session).send();
    assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
    assertThat(shown.json().getString("machine")).isEqualTo("ada@laptop");
    assertThat(shown.json().getString("user_code")).isEqualTo(code(started));
    assertThat(shown.json().getString("expires_at")).endsWith("Z");
    Answer approved =
        api.post("cli/login/code/" + code(started) + "/approve").token(session).send();
    assertThat(approved.status()).as(approved.toString()).isEqualTo(204);

    app.clock().advance(Duration.ofSeconds(5));
    Answer collected = poll(started);
    assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
    assertThat(collected.json().getString("key")).matches("ptk_[0-9A-Za-z]{38}");
    assertThat(collected.json().getString("name")).isEqualTo("ptk CLI ada@laptop");
    assertThat(api.get("user/me").token(collected.json().getString("key")).send().status())
        .isEqualTo(200);
    Answer again = poll(started);
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.errorCode()).isEqualTo("login.expired");
  }

  @Test
  void aDeniedLoginIsRefusedToTheCommandLine() {
    JsonObject started = begin();

    Answer denied = api.post("cli/login/code/" + code(started) + "/deny").token(session).send();
    Answer polled = poll(started);

    assertThat(denied.status()).isEqualTo(204);
    assertThat(polled.status()).isEqualTo(403);
    assertThat(polled.errorCode()).isEqualTo("login.denied");
  }

  @Test
  void pollingTooSoonIsToldToSlowDown() {
    JsonObject started = begin();
    poll(started);

    Answer sooner = poll(started);

    assertThat(sooner.status()).isEqualTo(429);
    assertThat(sooner.errorCode()).isEqualTo("login.slow_down");
    assertThat(sooner.header("Retry-After")).contains("10");
  }

  @Test
  void aLoginIsOverAfterTenMinutes() {
    JsonObject started = begin();
    app.clock().advance(Duration.ofMinutes(10));

    Answer polled = poll(started);
    Answer shown = api.get("cli/login/code/" + code(started)).token(session).send();

    assertThat(polled.status()).isEqualTo(410);
    assertThat(shown.status()).isEqualTo(404);
    assertThat(shown.errorCode()).isEqualTo("login.code.unknown");
  }

  @Test
  void answeringNeedsASignInAndWithTheCookieTheSameOriginHeader() {
    JsonObject started = begin();
    String cookie = "ptk_session=" + session;

    Answer anonymous = api.post("cli/login/code/" + code(started) + "/approve").send();
    Answer forged = api.post("cli/login/code/" + code(started) + "/approve").cookie(cookie).send();
    Answer shown = api.get("cli/login/code/" + code(started)).cookie(cookie).send();
    Answer console =
        api.post("cli/login/code/" + code(started) + "/approve")
            .cookie(cookie)
            .header("X-Requested-With", "ptk-console")
            .send();

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.errorCode()).isEqualTo("csrf.header_missing");
    assertThat(shown.status()).as("reading needs no header").isEqualTo(200);
    assertThat(console.status()).isEqualTo(204);
  }

  @Test
  void badInputIsTheApisJsonError() {
    Answer blank = api.post("cli/login").json("{\"machine\":\" \"}").send();
    Answer unknown = api.post("cli/login").json("{\"machine\":\"m\",\"scope\":\"x\"}").send();
    Answer malformed = api.get("cli/login/code/AEIO-0000").token(session).send();
    Answer noLogin = api.get("cli/login/code/BCDF-GHJK").token(session).send();
    Answer junkHandle = api.post("cli/login/junk").send();

    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.errorCode()).isEqualTo("login.machine.blank");
    assertThat(blank.pointer()).isEqualTo("/machine");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.errorCode()).isEqualTo("login.code.malformed");
    assertThat(malformed.parameter()).isEqualTo("user_code");
    assertThat(noLogin.status()).isEqualTo(404);
    assertThat(junkHandle.status()).isEqualTo(410);
  }
}
