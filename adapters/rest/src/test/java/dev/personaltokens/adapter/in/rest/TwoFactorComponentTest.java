package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/** {@code /api/user/two_factor} and signing in with a second factor, over HTTP in memory. */
class TwoFactorComponentTest {

  static final String OTP = "X-Ptk-Otp";

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent api = RestComponent.over(app);

  Account account;
  String session;

  @BeforeEach
  void signIn() {
    account = api.newAccount();
    session = api.session(account);
  }

  @Test
  void anEnrolmentGivesTheSecretItsUriAndItsQrCodeAsSvg() throws Exception {
    Answer answer = api.post("user/two_factor").token(session).send();

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    JsonObject body = answer.json();
    assertThat(body.keySet()).containsExactlyInAnyOrder("secret", "otpauth_uri", "qr_svg");
    assertThat(body.getString("secret")).matches("[A-Z2-7]{32}");
    assertThat(body.getString("otpauth_uri"))
        .startsWith(
            "otpauth://totp/Personal%20Tokens:" + account.email().value().replace("@", "%40"))
        .contains("secret=" + body.getString("secret"));
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    body.getString("qr_svg").getBytes(StandardCharsets.UTF_8)));
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(answer.header("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
  }

  @Test
  void aCodeOfTheAppConfirmsItAndGivesTenRecoveryCodesOnce() {
    TotpSecret secret = enrol();

    Answer confirmed = confirm(codeNow(secret));

    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    List<String> codes = recoveryCodes(confirmed);
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(codes).allSatisfy(code -> assertThat(code).matches("([a-z2-7]{4}-){3}[a-z2-7]{4}"));
    assertThat(me(session).getBoolean("two_factor")).isTrue();
  }

  @Test
  void meSaysWhetherTwoFactorSignInIsOn() {
    assertThat(me(session).getBoolean("two_factor")).isFalse();
    enrol();
    assertThat(me(session).getBoolean("two_factor")).as("pending").isFalse();
  }

  @Test
  void aWrongCodeConfirmsNothingAndSaysWhichField() {
    enrol();

    Answer wrong = confirm("000000");
    Answer missing = api.post("user/two_factor/confirm").token(session).json("{}").send();

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.errorCode()).isEqualTo("two_factor.code.invalid");
    assertThat(wrong.pointer()).isEqualTo("/code");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorCode()).isEqualTo("two_factor.code.required");
    assertThat(me(session).getBoolean("two_factor")).isFalse();
  }

  @Test
  void confirmingWithNothingPendingAndEnrollingWhileOnAreConflicts() {
    Answer nothingPending = confirm("123456");
    turnOn();
    Answer again = api.post("user/two_factor").token(session).send();

    assertThat(nothingPending.status()).isEqualTo(409);
    assertThat(nothingPending.errorCode()).isEqualTo("two_factor.not_pending");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.errorCode()).isEqualTo("two_factor.enabled");
  }

  @Test
  void signingInNeedsTheCodeOnlyAfterTheRightPassword() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);

    Answer wrongPassword =
        api.post("tokens").basic(account.email().value(), "a wrong password").send();
    Answer noCode =
        api.post("tokens").basic(account.email().value(), RestComponent.PASSWORD).send();
    Answer withCode =
        api.post("tokens")
            .basic(account.email().value(), RestComponent.PASSWORD)
            .header(OTP, codeNow(secret))
            .send();

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(wrongPassword.errorCode()).isEqualTo("auth.credentials.invalid");
    assertThat(noCode.status()).isEqualTo(401);
    assertThat(noCode.errorCode()).isEqualTo("auth.otp.required");
    assertThat(noCode.error().getString("detail")).contains("X-Ptk-Otp");
    assertThat(withCode.status()).as(withCode.toString()).isEqualTo(201);
    assertThat(withCode.json().getString("token")).startsWith("pts_");
  }

  @Test
  void aCodeSignsInOnceOnly() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);
    String code = codeNow(secret);
    signInWith(code);

    Answer replayed = signInWith(code);

    assertThat(replayed.status()).isEqualTo(401);
    assertThat(replayed.errorCode()).isEqualTo("auth.otp.invalid");
  }

  @Test
  void aRecoveryCodeSignsInOnce() {
    List<String> codes = recoveryCodes(confirm(codeNow(enrol())));

    assertThat(signInWith(codes.get(4)).status()).isEqualTo(201);
    assertThat(signInWith(codes.get(4)).errorCode()).isEqualTo("auth.otp.invalid");
  }

  @Test
  void theConsoleSignsInInTwoSteps() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);
    String credentials =
        "\"email\":\""
            + account.email().value()
            + "\",\"password\":\""
            + RestComponent.PASSWORD
            + "\"";

    Answer first = consoleSignIn("{" + credentials + "}");
    Answer second = consoleSignIn("{" + credentials + ",\"otp\":\"" + codeNow(secret) + "\"}");

    assertThat(first.status()).isEqualTo(401);
    assertThat(first.errorCode()).isEqualTo("auth.otp.required");
    assertThat(first.header("Set-Cookie")).isEmpty();
    assertThat(first.header("WWW-Authenticate"))
        .hasValueSatisfying(c -> assertThat(c).doesNotStartWith("Basic"));
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.header("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).startsWith("ptk_session=pts_"));
  }

  @Test
  void wrongCodesAreThrottledAsWrongPasswordsAre() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);
    for (int i = 0; i < 5; i++) {
      assertThat(signInWith("111111").errorCode()).isEqualTo("auth.otp.invalid");
    }

    Answer throttled = signInWith(codeNow(secret));

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.errorCode()).isEqualTo("auth.throttled");
    assertThat(throttled.header("Retry-After")).contains("30");
  }

  @Test
  void turningItOffTakesTheCodeInTheHeader() {
    TotpSecret secret = turnOn();
    app.clock().advance(TimeStep.LENGTH);

    Answer noCode = api.delete("user/two_factor").token(session).send();
    Answer wrong = api.delete("user/two_factor").token(session).header(OTP, "000000").send();
    Answer off = api.delete("user/two_factor").token(session).header(OTP, codeNow(secret)).send();

    assertThat(noCode.status()).isEqualTo(400);
    assertThat(noCode.errorCode()).isEqualTo("two_factor.code.required");
    assertThat(noCode.parameter()).isEqualTo("X-Ptk-Otp");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.errorCode()).isEqualTo("two_factor.code.invalid");
    assertThat(off.status()).as(off.toString()).isEqualTo(204);
    assertThat(me(session).getBoolean("two_factor")).isFalse();
    assertThat(
            api.delete("user/two_factor").token(session).header(OTP, "123456").send().errorCode())
        .isEqualTo("two_factor.not_enabled");
  }

  /** A read-only token can't turn it on or off; a global personal token can, as ptk does. */
  @Test
  void itIsManagedWithASessionOrAGlobalTokenOnly() {
    String readOnly = app.token(account.id(), "reader", Scope.READ_ONLY).secret().reveal();

    Answer refused = api.post("user/two_factor").token(readOnly).send();
    Answer byToken = api.post("user/two_factor").token(api.personalToken(account)).send();
    Answer nobody = api.post("user/two_factor").send();

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("auth.scope.insufficient");
    assertThat(byToken.status()).isEqualTo(200);
    assertThat(nobody.status()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "{\"code\":123456}", "{\"code\":\"1\",\"other\":1}", "nope"})
  void aBadConfirmBodyGetsAClearError(String body) {
    enrol();

    Answer answer = api.post("user/two_factor/confirm").token(session).json(body).send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).startsWith("request.");
  }

  private TotpSecret enrol() {
    Answer answer = api.post("user/two_factor").token(session).send();
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return TotpSecret.fromBase32(answer.json().getString("secret"));
  }

  private TotpSecret turnOn() {
    TotpSecret secret = enrol();
    assertThat(confirm(codeNow(secret)).status()).isEqualTo(200);
    return secret;
  }

  private Answer confirm(String code) {
    return api.post("user/two_factor/confirm")
        .token(session)
        .json("{\"code\":\"" + code + "\"}")
        .send();
  }

  private Answer signInWith(String code) {
    return api.post("tokens")
        .basic(account.email().value(), RestComponent.PASSWORD)
        .header(OTP, code)
        .send();
  }

  private Answer consoleSignIn(String json) {
    return api.post("session").header("X-Requested-With", "ptk-console").json(json).send();
  }

  private String codeNow(TotpSecret secret) {
    return app.oneTimeCodes().at(secret, TimeStep.at(app.clock().now()));
  }

  private JsonObject me(String token) {
    return api.get("user/me").token(token).send().json().getJsonObject("results");
  }

  private static List<String> recoveryCodes(Answer answer) {
    return answer.json().getJsonArray("recovery_codes").getValuesAs(JsonString::getString);
  }
}
