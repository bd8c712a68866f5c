package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the API's topic classes share: each test signs in as a new account of its own on the shared
 * server and relies on no other test's data.
 */
abstract class ApiSupport {

  static final String ADMIN_EMAIL = SharedServer.ADMIN_EMAIL;
  static final String ADMIN_PASSWORD = SharedServer.ADMIN_PASSWORD;
  static final String PASSWORD = "a-long-enough-password";
  static final String TOKENS = "api/iam/personal_tokens";

  final URL deployment = SharedServer.url();

  ApiClient api;
  String session;

  @BeforeEach
  void signInAsNewAccount() {
    api = new ApiClient(deployment);
    Account account = TestDatabase.newAccount(PASSWORD);
    session = api.sessionOf(account.email().value(), PASSWORD);
  }

  Answer create(String json) {
    return api.postJson(TOKENS, session, json);
  }

  static String tokenJson(String name) {
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + inDays(7) + "T00:00:00Z\"}";
  }

  /** The date, in UTC, this many days from today. */
  static String inDays(int days) {
    return Instant.now().plus(days, ChronoUnit.DAYS).toString().substring(0, 10);
  }

  static List<String> names(JsonObject list) {
    return list.getJsonArray("results").getValuesAs(JsonObject.class).stream()
        .map(token -> token.getString("name"))
        .toList();
  }

  /** The revocation of a leak runs after the answer, on the server's executor. */
  void awaitRefused(String key) {
    int status = Eventually.until(() -> api.get("api/user/me", key).status(), now -> now != 200);
    assertThat(status).as("the reported key, a moment later").isEqualTo(401);
  }

  Answer rotate(String path, String token) {
    return api.send(api.request(path, token).POST(BodyPublishers.noBody()));
  }

  Answer report(String credential) {
    return api.postJson(
        "api/credentials/revoke", null, "{\"credentials\":[\"" + credential + "\"]}");
  }

  /**
   * Waits until the server has looked for due notices {@code runs} more times (every second here):
   * the signal that what must not happen had its chance to, instead of a fixed sleep.
   */
  void awaitNoticeRuns(int runs) {
    double before = noticeRuns();
    double after = Eventually.until(this::noticeRuns, now -> now >= before + runs);
    assertThat(after).as("runs of the notices").isGreaterThanOrEqualTo(before + runs);
  }

  /** Every SendNotices call so far, whatever its outcome, from the server's metrics. */
  double noticeRuns() {
    return api.get("/metrics?scope=application", null)
        .body()
        .lines()
        .filter(line -> line.startsWith("ptk_use_case_calls_total{"))
        .filter(line -> line.contains("use_case=\"SendNotices\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
