package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two-factor sign-in over the API of the real server: enrolment confirmed by a code computed apart
 * from the server, the code asked for only after the right password, a code working once, recovery
 * codes working once and kept as digests, turning it off with a code; personal tokens unaffected.
 * Each refused code counts against this machine's sign-in budget, so there are two in all.
 */
@SharedServer.On
class TwoFactorIT extends ApiSupport {

  String email;

  @BeforeEach
  void theAccountsEmail() {
    email = api.get("api/user/me", session).json().getJsonObject("results").getString("email");
  }

  @Test
  void anEnrolmentConfirmedByTheAppsCodeMakesSignInAskForTheNextCode() throws Exception {
    Answer enrolment = api.postJson("api/user/two_factor", session, "");
    assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(200);
    JsonObject enrolled = enrolment.json();
    String key = enrolled.getString("secret");
    NoSecretInTheSecurityLog.secret(key);
    assertThat(key).matches("[A-Z2-7]{32}");
    assertThat(enrolled.getString("otpauth_uri"))
        .startsWith("otpauth://totp/Personal%20Tokens:" + email.replace("@", "%40") + "?")
        .contains("secret=" + key, "issuer=Personal%20Tokens", "digits=6", "period=30");
    assertThat(
            DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(
                    new ByteArrayInputStream(
                        enrolled.getString("qr_svg").getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement()
                .getTagName())
        .isEqualTo("svg");
    assertThat(twoFactorOn(session)).as("pending").isFalse();
    assertThat(api.signIn(email, PASSWORD).status())
        .as("pending: the password alone")
        .isEqualTo(201);

    AuthenticatorApp app = new AuthenticatorApp(key);
    Answer confirmed =
        api.postJson("api/user/two_factor/confirm", session, "{\"code\":\"" + app.code(0) + "\"}");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    List<String> codes = recoveryCodes(confirmed);
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(twoFactorOn(session)).isTrue();

    Answer passwordAlone = api.signIn(email, PASSWORD);
    assertThat(passwordAlone.status()).isEqualTo(401);
    assertThat(passwordAlone.errorCode()).isEqualTo("auth.otp.required");
    // The step after the confirming code's: the one an app shows next, which the server allows for.
    String next = app.code(1);
    Answer signedIn = signIn(next);
    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(201);
    Answer replayed = signIn(next);
    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.errorCode()).isEqualTo("auth.otp.invalid");
    assertThat(eventTypes()).contains("two_factor.enabled", "session.otp_failed");
  }

  @Test
  void aRecoveryCodeSignsInOnceAndOnlyItsDigestIsStored() throws Exception {
    TwoFactorSignIn twoFactor = TwoFactorSignIn.turnOn(api, session);
    List<String> codes = twoFactor.recoveryCodes();
    assertThat(storedRecoveryDigests())
        .containsExactlyInAnyOrderElementsOf(codes.stream().map(TwoFactorIT::sha256).toList());

    // Typed as a person might: upper case, spaces for dashes.
    Answer signedIn = signIn(codes.get(0).toUpperCase(Locale.ROOT).replace('-', ' '));
    Answer again = signIn(codes.get(0));

    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(401);
    assertThat(again.errorCode()).isEqualTo("auth.otp.invalid");
    assertThat(storedRecoveryDigests()).hasSize(9).doesNotContain(sha256(codes.get(0)));
    JsonObject used =
        api.get("api/audit_events?type=two_factor.recovery_used", session)
            .json()
            .getJsonArray("results")
            .getJsonObject(0);
    assertThat(used.getString("detail")).isEqualTo("9 recovery codes left");
  }

  @Test
  void itTurnsOffWithACodeOnlyAndPersonalTokensNeverNeededOne() throws SQLException {
    String key = create(tokenJson("script")).json().getString("key");
    TwoFactorSignIn twoFactor = TwoFactorSignIn.turnOn(api, session);
    assertThat(api.get("api/user/me", key).status()).as("a personal token").isEqualTo(200);

    Answer noCode = api.delete("api/user/two_factor", session);
    assertThat(noCode.status()).isEqualTo(400);
    assertThat(noCode.errorCode()).isEqualTo("two_factor.code.required");
    assertThat(twoFactorOn(session)).isTrue();

    Answer off =
        api.send(
            api.request("api/user/two_factor", key)
                .header(TwoFactorSignIn.OTP, twoFactor.recoveryCodes().get(9))
                .DELETE());
    assertThat(off.status()).as(off.toString()).isEqualTo(204);
    assertThat(twoFactorOn(session)).isFalse();
    assertThat(api.signIn(email, PASSWORD).status()).isEqualTo(201);
    assertThat(eventTypes()).contains("two_factor.disabled", "two_factor.recovery_used");
    assertThat(storedRecoveryDigests()).isEmpty();
  }

  private Answer signIn(String code) {
    return api.send(api.signInRequest(email, PASSWORD).header(TwoFactorSignIn.OTP, code));
  }

  private boolean twoFactorOn(String token) {
    return api.get("api/user/me", token).json().getJsonObject("results").getBoolean("two_factor");
  }

  private List<String> eventTypes() {
    return api.get("api/audit_events", session).json().getJsonArray("results").stream()
        .map(event -> event.asJsonObject().getString("type"))
        .toList();
  }

  private static List<String> recoveryCodes(Answer answer) {
    List<String> codes =
        answer.json().getJsonArray("recovery_codes").getValuesAs(JsonString::getString);
    codes.forEach(NoSecretInTheSecurityLog::secret);
    return codes;
  }

  /** What the database holds of the account's recovery codes. */
  private List<String> storedRecoveryDigests() throws SQLException {
    List<String> digests = new ArrayList<>();
    try (Connection connection = TestDatabase.connection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT r.digest FROM recovery_codes r JOIN accounts a ON a.id = r.account_id"
                    + " WHERE a.email = ?")) {
      query.setString(1, email);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          digests.add(rows.getString(1));
        }
      }
    }
    return digests;
  }

  /** The SHA-256 of a code as the server reads it: lower case, no dashes. */
  private static String sha256(String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(code.replace("-", "").getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
