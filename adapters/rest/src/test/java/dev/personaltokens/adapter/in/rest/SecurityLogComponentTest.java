package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/audit_events} and the address a token was last used from, over HTTP in memory. */
class SecurityLogComponentTest {

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent api = RestComponent.over(app);

  Account account;
  String session;

  @BeforeEach
  void signIn() {
    account = api.newAccount();
    session =
        api.post("tokens")
            .basic(account.email().value(), RestComponent.PASSWORD)
            .from("198.51.100.20")
            .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)")
            .send()
            .json()
            .getString("token");
  }

  @Test
  void theLogTellsWhatHappenedFromWhereNewestFirst() {
    api.post("tokens")
        .basic(account.email().value(), "a wrong password!")
        .from("203.0.113.66")
        .send();
    JsonObject created =
        api.post("iam/personal_tokens")
            .token(session)
            .from("198.51.100.20")
            .header("User-Agent", "curl/8.5.0")
            .json("{\"name\":\"deploy\",\"expires_at\":\"" + api.inDays(7) + "\"}")
            .send()
            .json();

    Answer log = api.get("audit_events").token(session).send();

    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    List<JsonObject> events = log.json().getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(events)
        .extracting(event -> event.getString("type"))
        .containsExactly("token.created", "session.failed", "session.created", "account.created");
    JsonObject creation = events.get(0);
    assertThat(creation.keySet())
        .containsExactlyInAnyOrder(
            "uuid", "type", "created", "ip", "user_agent", "token", "detail", "actor");
    assertThat(creation.getString("ip")).isEqualTo("198.51.100.20");
    assertThat(creation.getString("user_agent")).isEqualTo("curl/8.5.0");
    assertThat(creation.getJsonObject("token").getString("uuid"))
        .isEqualTo(created.getString("uuid"));
    assertThat(creation.getJsonObject("token").getString("name")).isEqualTo("deploy");
    assertThat(creation.getJsonObject("token").getString("hint"))
        .isEqualTo(created.getString("hint"));
    assertThat(events.get(1).getString("ip")).isEqualTo("203.0.113.66");
    assertThat(events.get(1).isNull("token")).isTrue();
    assertThat(creation.isNull("actor")).as("the owner did it: no actor").isTrue();
    assertThat(events.get(2).getString("user_agent")).isEqualTo("Mozilla/5.0 (X11; Linux x86_64)");
    assertThat(log.body()).doesNotContain(created.getString("key")).doesNotContain(session);
    assertThat(log.json().getInt("count")).isEqualTo(3 + 1); // and its opening
  }

  @Test
  void theTypeFiltersAndAnUnknownTypeIsRefusedNamingTheParameter() {
    api.post("tokens").basic(account.email().value(), "a wrong password!").send();

    Answer failed = api.get("audit_events?type=session.failed").token(session).send();
    Answer unknown = api.get("audit_events?type=everything").token(session).send();

    assertThat(failed.json().getInt("count")).isEqualTo(1);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.errorCode()).isEqualTo("audit.type.unknown");
    assertThat(unknown.parameter()).isEqualTo("type");
  }

  @Test
  void anotherAccountsEventsAreNeverShown() {
    Account other = api.newAccount();
    String theirs = api.session(other);

    Answer log = api.get("audit_events").token(theirs).send();

    assertThat(log.json().getJsonArray("results").getValuesAs(JsonObject.class))
        .extracting(event -> event.getString("type"))
        .containsExactly("session.created", "account.created");
  }

  @Test
  void theLogIsPagedAsTheTokenList() {
    for (int i = 0; i < 3; i++) {
      api.post("tokens").basic(account.email().value(), "a wrong password!").send();
    }

    Answer first = api.get("audit_events?page=1&page_size=2").token(session).send();
    Answer bad = api.get("audit_events?page_size=0").token(session).send();

    // Its opening, a sign-in and three failures: five events, three pages of two.
    assertThat(first.json().getInt("total_pages")).isEqualTo(3);
    assertThat(first.json().getJsonObject("links").getString("next")).contains("page=2");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.parameter()).isEqualTo("page_size");
  }

  @ParameterizedTest
  @CsvSource({
    "192.0.2.254, '203.0.113.9', 203.0.113.9",
    "192.0.2.254, '198.51.100.1, 203.0.113.9', 203.0.113.9",
    "192.0.2.254, '203.0.113.9, 192.0.2.254', 203.0.113.9",
    "198.51.100.5, '203.0.113.9', 198.51.100.5"
  })
  void theClientIsNamedByXForwardedForOnlyFromATrustedProxy(
      String peer, String forwardedFor, String client) {
    String key = api.personalToken(account);

    api.get("user/me").token(key).from(peer).header("X-Forwarded-For", forwardedFor).send();
    app.flushTokenUsage().flush(); // as the server does every second

    JsonObject listed =
        api
            .get("iam/personal_tokens")
            .token(session)
            .send()
            .json()
            .getJsonArray("results")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(token -> !token.isNull("last_used_ip"))
            .findFirst()
            .orElseThrow();
    assertThat(listed.getString("last_used_ip")).isEqualTo(client);
  }
}
