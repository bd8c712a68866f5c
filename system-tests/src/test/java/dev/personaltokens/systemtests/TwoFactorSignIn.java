package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonString;
import java.util.List;

/**
 * Two-factor sign-in as its owner turns it on through the API: the authenticator app that was given
 * the key, and the recovery codes shown once. Both are secrets the security log must never hold.
 */
record TwoFactorSignIn(AuthenticatorApp app, List<String> recoveryCodes) {

  static final String OTP = "X-Ptk-Otp";

  /** Enrols the account whose session this is and confirms it with the app's code of now. */
  static TwoFactorSignIn turnOn(ApiClient api, String session) {
    AuthenticatorApp app = new AuthenticatorApp(enrol(api, session));
    Answer confirmed =
        api.postJson("api/user/two_factor/confirm", session, "{\"code\":\"" + app.code(0) + "\"}");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    List<String> codes =
        confirmed.json().getJsonArray("recovery_codes").getValuesAs(JsonString::getString);
    codes.forEach(NoSecretInTheSecurityLog::secret);
    return new TwoFactorSignIn(app, codes);
  }

  /** A pending enrolment: the key for the app. */
  private static String enrol(ApiClient api, String session) {
    Answer enrolment = api.postJson("api/user/two_factor", session, "");
    assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(200);
    String key = enrolment.json().getString("secret");
    NoSecretInTheSecurityLog.secret(key);
    return key;
  }
}
