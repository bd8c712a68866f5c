package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The security log over the API, where a token was last used from, and the email notices (expiring
 * soon, leaked); a mail server that is down is {@link MailOutageIT}'s.
 */
@SharedServer.On
class SecurityLogAndNoticesIT extends ApiSupport {

  @Test
  void theSecurityLogTellsTheWholeStoryWithAddressesAndNoSecret() throws InterruptedException {
    Account account = TestDatabase.newAccount(PASSWORD);
    String email = account.email().value();
    assertThat(api.signIn(email, "not the password at all").status()).isEqualTo(401);
    String mine = api.sessionOf(email, PASSWORD);
    // Long-lived: a token within a week of its expiry would add a notice to the story.
    JsonObject created = api.postJson(TOKENS, mine, longLivedTokenJson("logged")).json();
    String path = TOKENS + "/" + created.getString("uuid");
    JsonObject successor = rotate(path + "/rotate", mine).json();
    assertThat(rotate(path + "/rotate", mine).status()).isEqualTo(401); // a reuse
    String leaked =
        api.postJson(TOKENS, mine, longLivedTokenJson("leaked")).json().getString("key");
    report(leaked);
    awaitRefused(leaked);
    api.send(api.request("api/tokens", mine).DELETE());
    String again = api.sessionOf(email, PASSWORD);

    // The owner's mail about the leak goes out in the background: its event comes when the mail
    // has gone, and has no fixed place in the story.
    api.eventually(
        "api/audit_events?type=token.expiry_notice", again, json -> json.getInt("count") > 0);
    Answer log = api.get("api/audit_events?page_size=100", again);

    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    List<JsonObject> all = log.json().getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(all)
        .filteredOn(event -> event.getString("type").equals("token.expiry_notice"))
        .singleElement()
        .satisfies(
            notice -> assertThat(notice.getString("detail")).startsWith("revoked as leaked"));
    List<JsonObject> events =
        all.stream()
            .filter(event -> !event.getString("type").equals("token.expiry_notice"))
            // The opening, by the operator's command straight on the database: no request, no ip.
            .filter(event -> !event.getString("type").equals("account.created"))
            .toList();
    assertThat(events)
        .extracting(event -> event.getString("type"))
        .containsExactly(
            "session.created",
            "session.ended",
            "token.revoked_leaked",
            "token.created",
            "token.reuse_detected",
            "token.rotated",
            "token.created",
            "session.created",
            "session.failed");
    assertThat(events)
        .allSatisfy(event -> assertThat(event.getString("ip")).isEqualTo(ourAddress()))
        .allSatisfy(
            event -> assertThat(event.getString("user_agent")).startsWith("Java-http-client"));
    JsonObject rotation = events.get(5);
    assertThat(rotation.getJsonObject("token").getString("uuid"))
        .isEqualTo(created.getString("uuid"));
    assertThat(rotation.getString("detail")).contains(successor.getString("uuid"));
    assertThat(log.body())
        .doesNotContain(created.getString("key"))
        .doesNotContain(successor.getString("key"))
        .doesNotContain(leaked)
        .doesNotContain(PASSWORD);
    assertThat(api.get("api/audit_events?type=session.failed", again).json().getInt("count"))
        .isEqualTo(1);
    assertThat(
            api.get("api/audit_events", session).json().getJsonArray("results").stream()
                .map(JsonObject.class::cast)
                .map(event -> event.getString("type")))
        .as("another account's log")
        .containsExactly("session.created", "account.created");
  }

  @Test
  void aTokenShowsWhereItWasLastUsedFrom() {
    String key = create(tokenJson("used")).json().getString("key");

    api.get("api/user/me", key);

    JsonObject self = api.eventually(TOKENS + "/self", key, json -> !json.isNull("last_used_ip"));
    assertThat(self.getString("last_used_ip")).isEqualTo(ourAddress());
  }

  // --- email notices ---

  @Test
  void aTokenThatExpiresWithinAWeekIsNoticedOnceByMailAndLogged() throws Exception {
    Account owner = TestDatabase.newAccount(PASSWORD);
    String mine = api.sessionOf(owner.email().value(), PASSWORD);
    JsonObject token =
        api.postJson(
                TOKENS,
                mine,
                "{\"name\":\"nightly backup\",\"expires_at\":\""
                    + Instant.now().plus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                    + "\"}")
            .json();

    List<MimeMessage> mails =
        TestMailServer.awaitMailsTo(owner.email().value(), 1, Duration.ofSeconds(15));
    awaitNoticeRuns(3); // three more runs of the notices, which must not mail again

    assertThat(TestMailServer.mailsTo(owner.email().value())).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject())
        .isEqualTo("Personal Tokens: your token \"nightly backup\" expires soon");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("tokens@it.example.com");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body)
        .contains("\"nightly backup\" (" + token.getString("hint") + ") expires on ")
        .contains(" UTC.")
        .contains("#/personal-tokens")
        .doesNotContain(token.getString("key"));
    Answer log = api.get("api/audit_events?type=token.expiry_notice", mine);
    assertThat(log.json().getInt("count")).isEqualTo(1);
    assertThat(log.json().getJsonArray("results").getJsonObject(0).getString("detail"))
        .contains("expires within 7 days", owner.email().value());
  }

  @Test
  void aLeakedTokensOwnerIsMailedAtOnce() throws Exception {
    Account owner = TestDatabase.newAccount(PASSWORD);
    String mine = api.sessionOf(owner.email().value(), PASSWORD);
    JsonObject token =
        api.postJson(TOKENS, mine, longLivedTokenJson("published by mistake")).json();

    report(token.getString("key"));
    List<MimeMessage> mails =
        TestMailServer.awaitMailsTo(owner.email().value(), 1, Duration.ofSeconds(5));

    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).contains("reported as leaked and revoked");
    assertThat(GreenMailUtil.getBody(mails.get(0)))
        .contains("\"published by mistake\" (" + token.getString("hint") + ") was found in public")
        .doesNotContain(token.getString("key"));
  }

  /** The address the server sees these requests come from: the deployment's, on this machine. */
  private String ourAddress() {
    try {
      return InetAddress.getByName(deployment.getHost()).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String longLivedTokenJson(String name) {
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + inDays(90) + "T00:00:00Z\"}";
  }
}
