package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The credentials inventory and the instance's security log over the API, on the real server: an
 * admin finds a colleague's token, downloads the inventory, revokes the token (the owner is told by
 * mail and in their log), and reads the instance's log.
 */
@SharedServer.On
class InventoryIT {

  static final String PASSWORD = "an-inventoried-passphrase";

  final URL deployment = SharedServer.url();

  ApiClient api;
  String admin;
  String email;
  long id;
  String key;

  @BeforeEach
  void aColleagueWithAToken() throws InterruptedException {
    api = new ApiClient(deployment);
    admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    email = "owner-" + UUID.randomUUID() + "@it.example.com";
    id = Invitations.accept(api, admin, email, "member", PASSWORD);
    String theirs = api.sessionOf(email, PASSWORD);
    key =
        api.postJson(
                "api/iam/personal_tokens",
                theirs,
                "{\"name\":\"ci-deploy\",\"description\":\"=cmd\",\"expires_at\":\""
                    + Instant.now().plus(20, ChronoUnit.DAYS).toString().substring(0, 10)
                    + "\"}")
            .json()
            .getString("key");
  }

  @Test
  void anAdminFindsTheTokenByOwnerAndFilterAndDownloadsItAsCsv() {
    Answer found =
        api.get("api/admin/personal_tokens?owner=" + id + "&expires_within_days=30", admin);
    Answer notExpiringSoon =
        api.get("api/admin/personal_tokens?owner=" + id + "&expires_within_days=7", admin);
    Answer csv =
        api.send(
            api.request("api/admin/personal_tokens?owner=" + id, admin)
                .header("Accept", "text/csv"));

    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    JsonObject token = found.json().getJsonArray("results").getJsonObject(0);
    assertThat(token.getString("name")).isEqualTo("ci-deploy");
    assertThat(token.getJsonObject("owner").getString("email")).isEqualTo(email);
    assertThat(found.body()).doesNotContain(key);
    assertThat(notExpiringSoon.json().getJsonArray("results")).isEmpty();
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("ci-deploy", email, "'=cmd").doesNotContain(key);
  }

  @Test
  void aRevokedTokenStopsAtOnceAndItsOwnerIsToldWhoDidIt() throws InterruptedException {
    String uuid =
        api.get("api/admin/personal_tokens?owner=" + id, admin)
            .json()
            .getJsonArray("results")
            .getJsonObject(0)
            .getString("uuid");
    assertThat(api.get("api/auth/verify", key).status()).isEqualTo(200);

    Answer revoked = api.send(api.request("api/admin/personal_tokens/" + uuid, admin).DELETE());

    assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
    assertThat(api.get("api/auth/verify", key).status()).isEqualTo(401);
    List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 2, Duration.ofSeconds(10));
    assertThat(mails.stream().map(GreenMailUtil::getBody))
        .anyMatch(body -> body.contains("revoked by an admin"));
    Answer log =
        api.get("api/admin/audit_events?account=" + id + "&type=token.revoked_by_admin", admin);
    JsonObject entry = log.json().getJsonArray("results").getJsonObject(0);
    assertThat(entry.getJsonObject("account").getString("email")).isEqualTo(email);
    assertThat(entry.getJsonObject("event").getJsonObject("actor").getString("email"))
        .isEqualTo(SharedServer.ADMIN_EMAIL);
  }
}
