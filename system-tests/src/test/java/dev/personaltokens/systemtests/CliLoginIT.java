package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command line's browser login over the real server's API, each step as the jar and the console
 * take it: begun, polled (too soon: slowed down), answered by a signed-in person, collected once;
 * denied; a handle that is over; the console's cookie without its same-origin header.
 */
@SharedServer.On
class CliLoginIT {

  private static final String PASSWORD = "cli-login-password";

  private final URL deployment = SharedServer.url();
  private final ApiClient api = new ApiClient(deployment);
  private Account account;
  private String session;

  @BeforeEach
  void signIn() {
    account = TestDatabase.newAccount(PASSWORD);
    session = api.sessionOf(account.email().value(), PASSWORD);
  }

  private JsonObject begin() {
    ApiClient.Answer started = api.postJson("api/cli/login", null, "{\"machine\":\"ci@runner\"}");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json();
  }

  private ApiClient.Answer poll(JsonObject started) {
    return api.send(
        api.request("api/cli/login/" + started.getString("handle"), null)
            .header("User-Agent", "ptk-cli")
            .POST(BodyPublishers.noBody()));
  }

  private String code(JsonObject started) {
    return started.getString("user_code");
  }

  @Test
  void anApprovedLoginGivesTheMachinesTokenOnceAndTooSoonAPollIsSlowedDown() {
    JsonObject started = begin();
    ApiClient.Answer pending = poll(started);
    ApiClient.Answer tooSoon = poll(started);

    ApiClient.Answer shown = api.get("api/cli/login/code/" + code(started), session);
    ApiClient.Answer approved =
        api.postJson("api/cli/login/code/" + code(started) + "/approve", session, "");
    ApiClient.Answer collected = poll(started);
    ApiClient.Answer again = poll(started);

    assertThat(pending.status()).isEqualTo(428);
    assertThat(pending.errorCode()).isEqualTo("login.pending");
    assertThat(pending.header("Retry-After")).contains("5");
    assertThat(tooSoon.status()).isEqualTo(429);
    assertThat(tooSoon.errorCode()).isEqualTo("login.slow_down");
    assertThat(tooSoon.header("Retry-After")).contains("10");
    assertThat(shown.json().getString("machine")).isEqualTo("ci@runner");
    assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
    assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
    String key = collected.json().getString("key");
    assertThat(collected.json().getString("name")).isEqualTo("ptk CLI ci@runner");
    assertThat(api.get("api/user/me", key).json().getJsonObject("results").getString("email"))
        .isEqualTo(account.email().value());
    assertThat(again.status()).isEqualTo(410);
    assertThat(again.errorCode()).isEqualTo("login.expired");
    JsonObject created =
        api.get("api/audit_events?type=token.created", session)
            .json()
            .getJsonArray("results")
            .getJsonObject(0);
    assertThat(created.getString("user_agent")).isEqualTo("ptk-cli");
    assertThat(created.getJsonObject("token").getString("name")).isEqualTo("ptk CLI ci@runner");
  }

  @Test
  void aDeniedLoginIsRefusedToTheCommandLineAndWaitsNoMore() {
    JsonObject started = begin();

    ApiClient.Answer denied =
        api.postJson("api/cli/login/code/" + code(started) + "/deny", session, "");
    ApiClient.Answer polled = poll(started);
    ApiClient.Answer approvedAfter =
        api.postJson("api/cli/login/code/" + code(started) + "/approve", session, "");

    assertThat(denied.status()).isEqualTo(204);
    assertThat(polled.status()).isEqualTo(403);
    assertThat(polled.errorCode()).isEqualTo("login.denied");
    assertThat(approvedAfter.status()).isEqualTo(404);
    assertThat(approvedAfter.errorCode()).isEqualTo("login.code.unknown");
  }

  @Test
  void theConsolesCookieApprovesOnlyWithTheSameOriginHeader() {
    JsonObject started = begin();
    ApiClient.Answer signedIn =
        api.send(
            HttpRequest.newBuilder(api.uri("api/session"))
                .header("Content-Type", "application/json")
                .header("X-Requested-With", "ptk-console")
                .POST(
                    BodyPublishers.ofString(
                        "{\"email\":\""
                            + account.email().value()
                            + "\",\"password\":\""
                            + PASSWORD
                            + "\"}")));
    String cookie = signedIn.header("Set-Cookie").orElseThrow().split(";")[0];
    String approve = "api/cli/login/code/" + code(started) + "/approve";

    ApiClient.Answer forged =
        api.send(
            HttpRequest.newBuilder(api.uri(approve))
                .header("Cookie", cookie)
                .POST(BodyPublishers.noBody()));
    ApiClient.Answer stillPending = poll(started);
    ApiClient.Answer fromTheConsole =
        api.send(
            HttpRequest.newBuilder(api.uri(approve))
                .header("Cookie", cookie)
                .header("X-Requested-With", "ptk-console")
                .POST(BodyPublishers.noBody()));

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.errorCode()).isEqualTo("csrf.header_missing");
    assertThat(stillPending.errorCode()).isEqualTo("login.pending");
    assertThat(fromTheConsole.status()).as(fromTheConsole.toString()).isEqualTo(204);
  }

  @Test
  void whatIsNoLoginIsRefusedInTheApisWords() {
    ApiClient.Answer unknownHandle =
        api.send(
            api.request("api/cli/login/ptd_" + "0".repeat(38), null).POST(BodyPublishers.noBody()));
    ApiClient.Answer malformedCode = api.get("api/cli/login/code/AEIOU", session);
    ApiClient.Answer noMachine = api.postJson("api/cli/login", null, "{\"machine\":\"\"}");
    ApiClient.Answer anonymous = api.postJson("api/cli/login/code/BCDF-GHJK/approve", null, "");

    assertThat(unknownHandle.status()).isEqualTo(410);
    assertThat(malformedCode.status()).isEqualTo(400);
    assertThat(malformedCode.errorCode()).isEqualTo("login.code.malformed");
    assertThat(noMachine.status()).isEqualTo(400);
    assertThat(noMachine.errorCode()).isEqualTo("login.machine.blank");
    assertThat(anonymous.status()).isEqualTo(401);
  }
}
