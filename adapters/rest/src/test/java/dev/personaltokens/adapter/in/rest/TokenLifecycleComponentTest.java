package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.ReportLeakedCredentialsUseCase;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.Scope;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rotation, self, revoke-all and leak reports over HTTP in memory, as TokenLifecycleIT sees them on
 * Payara.
 */
class TokenLifecycleComponentTest {

  static final String TOKENS = "iam/personal_tokens";

  final RestComponent api = RestComponent.over(new InMemoryApplication());

  Account account;
  String session;

  @BeforeEach
  void signIn() {
    account = api.newAccount();
    session = api.session(account);
  }

  // --- rotate ---

  @Test
  void rotationAnswersLikeACreateWithTheSameNameDescriptionAndScope() {
    CreatedPersonalToken old = token("deploy", Scope.READ_ONLY);

    Answer rotated = api.post(rotatePath(old)).token(session).json("{}").send();

    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
    JsonObject body = rotated.json();
    assertThat(body.getString("uuid")).isNotEqualTo(old.token().id().toString());
    assertThat(body.getString("key")).matches("ptk_[0-9A-Za-z]{38}").isNotEqualTo(secret(old));
    assertThat(body.getString("name")).isEqualTo("deploy");
    assertThat(body.getString("scope")).isEqualTo("read_only");
    assertThat(rotated.header("Location"))
        .contains(RestComponent.BASE + TOKENS + "/" + body.getString("uuid"));
    assertThat(api.get("user/me").token(body.getString("key")).send().status()).isEqualTo(200);
  }

  @Test
  void theOldKeyIsRefusedAsRotatedWithTheDate() {
    CreatedPersonalToken old = token("deploy", Scope.GLOBAL);
    api.post(rotatePath(old)).token(session).send();

    Answer refused = api.get("user/me").token(secret(old)).send();

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.rotated");
    assertThat(refused.error().getString("detail"))
        .contains("replaced by rotation on " + api.application().clock().now());
    assertThat(refused.header("WWW-Authenticate")).isPresent();
  }

  @Test
  void rotationWithoutABodyKeepsTheLifetimeAndWithOneTakesTheExpiryAsked() {
    CreatedPersonalToken old = api.application().token(account.id(), "weekly", Duration.ofDays(7));
    api.application().clock().advance(Duration.ofHours(5));

    Answer byDefault = api.post(rotatePath(old)).token(session).send();
    assertThat(byDefault.status()).as(byDefault.toString()).isEqualTo(201);
    String successor = byDefault.json().getString("uuid");
    Answer asked =
        api.post(TOKENS + "/" + successor + "/rotate")
            .token(session)
            .json("{\"expires_at\":\"" + api.inDays(90) + "T00:00\"}")
            .send();

    assertThat(byDefault.status()).as(byDefault.toString()).isEqualTo(201);
    assertThat(byDefault.json().getString("expires_at"))
        .isEqualTo(api.application().clock().now().plus(Duration.ofDays(7)).toString());
    assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
    assertThat(asked.json().getString("expires_at")).isEqualTo(api.inDays(90) + "T00:00:00Z");
  }

  @Test
  void rotatingTheRotatedAwayTokenAgainEndsTheFamily() {
    CreatedPersonalToken old = token("deploy", Scope.GLOBAL);
    String successor = api.post(rotatePath(old)).token(session).send().json().getString("key");

    Answer reuse = api.post(rotatePath(old)).token(session).send();

    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.errorCode()).isEqualTo("auth.token.rotated");
    assertThat(api.get("user/me").token(successor).send().errorCode())
        .isEqualTo("auth.token.revoked");
    assertThat(api.get("user/me").token(session).send().status())
        .as("the session that asked stays")
        .isEqualTo(200);
  }

  @Test
  void rotationRefusesBadInputClearly() {
    CreatedPersonalToken old = token("deploy", Scope.GLOBAL);

    assertThat(send(api.post(rotatePath(old)).token(session).json("{\"expires_at\":\"soon\"}")))
        .isEqualTo("400 token.expires_at.invalid");
    assertThat(send(api.post(rotatePath(old)).token(session).json("{\"name\":\"x\"}")))
        .isEqualTo("400 request.field.unknown");
    assertThat(send(api.post(rotatePath(old)).token(session).json("[1]")))
        .isEqualTo("400 request.body.not_object");
    assertThat(send(api.post(TOKENS + "/not-a-uuid/rotate").token(session)))
        .isEqualTo("400 token.id.invalid");
    assertThat(api.get("user/me").token(secret(old)).send().status()).isEqualTo(200);
  }

  @Test
  void anotherAccountsTokenIsNotFoundAndAReadOnlyTokenMayNotRotate() {
    Account other = api.newAccount();
    CreatedPersonalToken theirs = api.application().token(other.id(), "theirs");
    String readOnly = secret(token("reader", Scope.READ_ONLY));

    assertThat(send(api.post(rotatePath(theirs)).token(session))).isEqualTo("404 token.not_found");
    assertThat(send(api.post(rotatePath(theirs)).token(readOnly)))
        .isEqualTo("403 auth.scope.insufficient");
    assertThat(api.get("user/me").token(secret(theirs)).send().status()).isEqualTo(200);
  }

  // --- self ---

  @Test
  void selfIsTheCallingPersonalToken() {
    CreatedPersonalToken own = token("script", Scope.GLOBAL);

    Answer got = api.get(TOKENS + "/self").token(secret(own)).send();
    Answer deleted = api.delete(TOKENS + "/self").token(secret(own)).send();

    assertThat(got.status()).as(got.toString()).isEqualTo(200);
    assertThat(got.json().getString("uuid")).isEqualTo(own.token().id().toString());
    assertThat(got.json().containsKey("key")).isFalse();
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(api.get("user/me").token(secret(own)).send().errorCode())
        .isEqualTo("auth.token.revoked");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "DELETE", "POST"})
  void selfWithASessionIsAClearRefusal(String method) {
    String path = "POST".equals(method) ? TOKENS + "/self/rotate" : TOKENS + "/self";

    Answer answer = api.request(method, path).token(session).send();

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("token.self.not_personal");
  }

  @Test
  void selfRotationReplacesTheCallingToken() {
    CreatedPersonalToken own = token("script", Scope.GLOBAL);

    Answer rotated = api.post(TOKENS + "/self/rotate").token(secret(own)).send();

    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
    assertThat(rotated.json().getString("name")).isEqualTo("script");
    assertThat(api.get("user/me").token(rotated.json().getString("key")).send().status())
        .isEqualTo(200);
    assertThat(api.get("user/me").token(secret(own)).send().errorCode())
        .isEqualTo("auth.token.rotated");
  }

  @Test
  void selfRotationWithTheRotatedAwayKeyIsAReuse() {
    CreatedPersonalToken own = token("script", Scope.GLOBAL);
    String successor =
        api.post(TOKENS + "/self/rotate").token(secret(own)).send().json().getString("key");

    Answer reuse = api.post(TOKENS + "/self/rotate").token(secret(own)).send();

    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.errorCode()).isEqualTo("auth.token.rotated");
    assertThat(api.get("user/me").token(successor).send().errorCode())
        .isEqualTo("auth.token.revoked");
  }

  @Test
  void selfRotationRefusesWhatAuthenticationRefuses() {
    String readOnly = secret(token("reader", Scope.READ_ONLY));

    assertThat(send(api.post(TOKENS + "/self/rotate"))).isEqualTo("401 auth.missing");
    assertThat(send(api.post(TOKENS + "/self/rotate").token("ptk_nope")))
        .isEqualTo("401 auth.token.malformed");
    assertThat(send(api.post(TOKENS + "/self/rotate").token(readOnly)))
        .isEqualTo("403 auth.scope.insufficient");
    assertThat(send(api.get(TOKENS + "/self/rotate").token(readOnly)))
        .isEqualTo("405 method.not_allowed");
  }

  // --- revoke all ---

  @Test
  void revokeAllWithTheTypedWordRevokesEveryTokenAndSaysHowMany() {
    CreatedPersonalToken one = token("one", Scope.GLOBAL);
    token("two", Scope.GLOBAL);

    Answer answer =
        api.post(TOKENS + "/revoke_all").token(session).json("{\"confirm\":\"delete\"}").send();

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.json().getInt("revoked")).isEqualTo(2);
    assertThat(answer.json().getBoolean("caller_revoked")).isFalse();
    assertThat(api.get("user/me").token(secret(one)).send().errorCode())
        .isEqualTo("auth.token.revoked");
    assertThat(api.get(TOKENS).token(session).send().json().getInt("count")).isZero();
  }

  @Test
  void revokeAllCalledWithAPersonalTokenSaysTheCallerWentToo() {
    String own = secret(token("cli", Scope.GLOBAL));

    Answer answer =
        api.post(TOKENS + "/revoke_all").token(own).json("{\"confirm\":\"delete\"}").send();

    assertThat(answer.json().getInt("revoked")).isEqualTo(1);
    assertThat(answer.json().getBoolean("caller_revoked")).isTrue();
    assertThat(api.get("user/me").token(own).send().status()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"confirm\":\"yes\"}", "{\"confirm\":\"DELETE\"}"})
  void revokeAllWithoutTheExactWordRevokesNothing(String body) {
    String own = secret(token("kept", Scope.GLOBAL));

    Answer answer = api.post(TOKENS + "/revoke_all").token(session).json(body).send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("confirm.required");
    assertThat(answer.pointer()).isEqualTo("/confirm");
    assertThat(api.get("user/me").token(own).send().status()).isEqualTo(200);
  }

  @Test
  void aReadOnlyTokenMayNotRevokeAll() {
    String readOnly = secret(token("reader", Scope.READ_ONLY));

    assertThat(
            send(api.post(TOKENS + "/revoke_all").token(readOnly).json("{\"confirm\":\"delete\"}")))
        .isEqualTo("403 auth.scope.insufficient");
  }

  // --- leak reports ---

  @Test
  void aReportIsAcceptedAlikeForLiveAndDeadCredentialsAndRevokesTheLiveOnes() {
    CreatedPersonalToken live = token("live", Scope.GLOBAL);
    CreatedPersonalToken dead = token("dead", Scope.GLOBAL);
    api.delete(TOKENS + "/" + dead.token().id()).token(session).send();

    Answer forLive = report("{\"credentials\":[\"" + secret(live) + "\"]}", "198.51.100.1");
    Answer forDead = report("{\"credentials\":[\"" + secret(dead) + "\"]}", "198.51.100.1");

    assertThat(forLive.status()).as(forLive.toString()).isEqualTo(202);
    assertThat(forLive.body()).isEqualTo(forDead.body()).isEqualTo("{\"received\":1}");
    assertThat(forLive.headers().keySet()).isEqualTo(forDead.headers().keySet());
    assertThat(api.get("user/me").token(secret(live)).send().errorCode())
        .isEqualTo("auth.token.revoked");
  }

  @Test
  void aReportNeedsNoSignInAndCountsWhatItReceived() {
    Answer answer =
        report("{\"credentials\":[\"not a token\",\"ptk_short\",\"\"]}", "198.51.100.2");

    assertThat(answer.status()).isEqualTo(202);
    assertThat(answer.json().getInt("received")).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{}",
        "{\"credentials\":[]}",
        "{\"credentials\":\"ptk_x\"}",
        "{\"credentials\":[1]}",
        "{\"credentials\":[],\"other\":1}",
        "{\"credentials\":["
      })
  void aMalformedReportIsRefusedAsJson(String body) {
    Answer answer = report(body, "198.51.100.3");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.errorCode()).isNotBlank();
  }

  @Test
  void aReportOfMoreThanAThousandIsRefused() {
    String many =
        String.join(
            ",",
            Collections.nCopies(
                ReportLeakedCredentialsUseCase.MAX_CREDENTIALS + 1, "\"" + "x".repeat(42) + "\""));

    assertThat(report("{\"credentials\":[" + many + "]}", "198.51.100.4").errorCode())
        .isEqualTo("credentials.too_many");
  }

  @Test
  void pastSixtyReportsAnHourOneAddressWaits() {
    String address = "203.0.113.9";
    for (int i = 0; i < ReportLeakedCredentialsUseCase.MAX_REPORTS_PER_HOUR; i++) {
      assertThat(report("{\"credentials\":[\"x\"]}", address).status()).isEqualTo(202);
    }

    Answer throttled = report("{\"credentials\":[\"x\"]}", address);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.errorCode()).isEqualTo("report.throttled");
    assertThat(throttled.header("Retry-After")).contains("3600");
    assertThat(report("{\"credentials\":[\"x\"]}", "203.0.113.10").status()).isEqualTo(202);
  }

  private Answer report(String body, String from) {
    return api.post("credentials/revoke").from(from).json(body).send();
  }

  private CreatedPersonalToken token(String name, Scope scope) {
    return api.application().token(account.id(), name, scope);
  }

  private static String secret(CreatedPersonalToken token) {
    return token.secret().reveal();
  }

  private static String rotatePath(CreatedPersonalToken token) {
    return TOKENS + "/" + token.token().id() + "/rotate";
  }

  private static String send(RestComponent.Request request) {
    Answer answer = request.send();
    return answer.status() + " " + answer.errorCode();
  }
}
