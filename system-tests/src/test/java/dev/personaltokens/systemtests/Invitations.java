package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person added by an admin through the API, as a new colleague is: the one-time link comes in the
 * answer (no mail configured) or by mail (the tests' mail server), and the person sets their own
 * password with it.
 */
final class Invitations {

  private static final Pattern LINK = Pattern.compile("#/password/(ptl_[0-9A-Za-z]{38})");

  private Invitations() {}

  /** Adds {@code email} as {@code role}, sets {@code password} through the link; the new id. */
  static long accept(ApiClient api, String adminSession, String email, String role, String password)
      throws InterruptedException {
    NoSecretInTheSecurityLog.password(password);
    Answer added =
        api.postJson(
            "api/admin/accounts",
            adminSession,
            "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    String secret = secretIn(added, email);
    NoSecretInTheSecurityLog.harvest(secret);
    Answer set =
        api.postJson(
            "api/user/password",
            null,
            "{\"link_token\":\"" + secret + "\",\"new_password\":\"" + password + "\"}");
    assertThat(set.status()).as(set.toString()).isEqualTo(204);
    return added.json().getJsonObject("person").getJsonNumber("id").longValue();
  }

  /** The link's secret, from the answer or, when it was mailed, from the mail. */
  static String secretIn(Answer added, String email) throws InterruptedException {
    String text;
    if (added.json().getBoolean("password_link_mailed")) {
      List<MimeMessage> mails = TestMailServer.awaitMailsTo(email, 1, Duration.ofSeconds(10));
      assertThat(mails).as("the link's mail to " + email).isNotEmpty();
      text = com.icegreen.greenmail.util.GreenMailUtil.getBody(mails.get(mails.size() - 1));
    } else {
      text = added.json().getString("password_link");
    }
    Matcher found = LINK.matcher(text.replace("=\r\n", "").replace("=\n", ""));
    assertThat(found.find()).as("a link in " + text).isTrue();
    return found.group(1);
  }
}
