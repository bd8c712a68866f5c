package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The policy's inactivity limit on the real server, whose background work looks every second. Days
 * can't pass here, so the tokens are planted as made a month ago and never used: the one whose
 * owner was told 8 days ago is revoked by the server's own run - refused at once, its owner's log
 * saying why - and the owner of the one they were not told of gets the mail first, the token kept.
 * The policy is every class's on the shared server: this class takes it for writing ({@link
 * SharedServer#POLICY}) and puts the defaults back after each test.
 */
@SharedServer.On
@ResourceLock(value = SharedServer.POLICY, mode = ResourceAccessMode.READ_WRITE)
class InactivityIT {

  static final String PASSWORD = "an unused token's owner's passphrase";

  /** A whole policy for a PUT: the default lifetime, tokens unused for 8 days revoked. */
  static final String UNUSED_FOR_8_DAYS =
      PolicyIT.policy(366, "[]").replace("\"inactivity_days\":null", "\"inactivity_days\":8");

  final ApiClient api = new ApiClient(SharedServer.url());
  final String admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);

  @AfterEach
  void defaultsBack() {
    assertThat(api.put("api/admin/policy", admin, PolicyIT.policy(366, "[]")).status())
        .isEqualTo(200);
  }

  @Test
  void aTokenUnusedPastTheLimitGoesAWeekAfterItsOwnerWasToldAndAnUntoldOnesOwnerIsMailedFirst()
      throws Exception {
    Account owner = TestDatabase.newAccount(PASSWORD);
    String email = owner.email().value();
    Instant monthAgo = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MICROS);
    TokenSecret toldKey = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN);
    PersonalToken told = unused(owner, toldKey, "told a week ago", monthAgo);
    PersonalToken untold =
        unused(
            owner, TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN), "not told yet", monthAgo);
    TestDatabase.plant(told, untold);
    toldEightDaysAgo(told);

    assertThat(api.put("api/admin/policy", admin, UNUSED_FOR_8_DAYS).status()).isEqualTo(200);

    String theirs = api.sessionOf(email, PASSWORD);
    JsonArray revoked =
        api.eventually(
                "api/audit_events?type=token.revoked_inactive",
                theirs,
                log -> !log.getJsonArray("results").isEmpty())
            .getJsonArray("results");
    assertThat(revoked).hasSize(1);
    JsonObject event = revoked.getJsonObject(0);
    assertThat(event.getString("detail")).isEqualTo("unused for 30 days");
    assertThat(event.getJsonObject("token").getString("name")).isEqualTo("told a week ago");
    assertThat(event.isNull("actor")).isTrue();
    assertThat(api.get("api/user/me", toldKey.reveal()).errorCode())
        .isEqualTo("auth.token.revoked");

    List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 1, Duration.ofSeconds(10));
    assertThat(mails).as("the notice to " + email).hasSize(1);
    assertThat(mails.get(0).getSubject())
        .isEqualTo(
            "Personal Tokens: your token \"not told yet\" will be revoked unless it is used");
    assertThat(GreenMailUtil.getBody(mails.get(0)).replace("=\r\n", "").replace("=\n", ""))
        .contains("\"not told yet\" (" + untold.hint().value() + ") has been unused since ")
        .contains("unless it is used.");
    JsonArray listed = api.get("api/iam/personal_tokens", theirs).json().getJsonArray("results");
    assertThat(listed).hasSize(1);
    assertThat(listed.getJsonObject(0).getString("name")).isEqualTo("not told yet");
  }

  /** A live token of {@code owner}'s, made at {@code made} and never used. */
  private static PersonalToken unused(
      Account owner, TokenSecret secret, String name, Instant made) {
    NoSecretInTheSecurityLog.harvest(secret.reveal());
    return TokenFixtures.token(
        owner.id(), secret, name, "", made, made.plus(Duration.ofDays(300)), null);
  }

  /** The notice the server would have sent: an unused token's, 8 days ago. */
  private static void toldEightDaysAgo(PersonalToken token) throws SQLException {
    try (Connection sql = TestDatabase.connection();
        PreparedStatement told =
            sql.prepareStatement(
                "INSERT INTO notices (token_id, kind, sent_at)"
                    + " VALUES (?, 'inactive_7d', UTC_TIMESTAMP(6) - INTERVAL 8 DAY)")) {
      told.setString(1, token.id().toString());
      assertThat(told.executeUpdate()).isEqualTo(1);
    }
  }
}
