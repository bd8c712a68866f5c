package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signing in with a password: the first account, refusals alike, guessing slowed, {@code
 * /api/user/me}, signing out.
 */
@SharedServer.On
class SignInIT extends ApiSupport {

  @Test
  void firstAccountFromConfigurationSignsIn() {
    Answer answer = api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

    assertThat(answer.status()).isEqualTo(201);
    JsonObject body = answer.json();
    assertThat(body.getString("token")).matches("pts_[0-9A-Za-z]{38}");
    Instant created = Instant.parse(body.getString("created_at"));
    assertThat(Instant.parse(body.getString("expires_at")))
        .isEqualTo(created.plus(24, ChronoUnit.HOURS));
    assertThat(answer.header("Cache-Control")).contains("no-store");
  }

  @Test
  void emailIsCaseInsensitiveAtSignIn() {
    assertThat(api.signIn(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD).status()).isEqualTo(201);
  }

  @Test
  void wrongPasswordOrUnknownEmailIsRefusedAlike() {
    Answer wrongPassword = api.signIn(ADMIN_EMAIL, "not-the-password");
    Answer unknownEmail = api.signIn("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD);

    for (Answer answer : List.of(wrongPassword, unknownEmail)) {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).isEqualTo("auth.credentials.invalid");
      assertThat(answer.header("WWW-Authenticate")).contains("Basic realm=\"ptk\"");
    }
    assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Basic", "Basic !!!notbase64", "Basic bm9jb2xvbg==", "Token abc"})
  void malformedSignInIsRefused(String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri("api/tokens")).POST(BodyPublishers.noBody());
    if (!authorization.isEmpty()) {
      request.header("Authorization", authorization);
    }
    Answer answer = api.send(request);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.credentials.invalid");
  }

  @Test
  void meShowsTheAccountAndTheTokenExpiry() {
    Answer signIn = api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    String expiresAt = signIn.json().getString("expires_at");
    Answer answer = api.get("api/user/me", signIn.json().getString("token"));

    assertThat(answer.status()).isEqualTo(200);
    JsonObject me = answer.json().getJsonObject("results");
    assertThat(me.getString("email")).isEqualTo(ADMIN_EMAIL);
    assertThat(me.getString("client_id"))
        .isEqualTo(Long.toString(me.getJsonNumber("id").longValue()));
    assertThat(answer.header("Personal-Token-Expiration")).contains(expiresAt);
  }

  @Test
  void signingOutEndsTheSession() {
    assertThat(api.delete("api/tokens", session).status()).isEqualTo(204);

    Answer after = api.get("api/user/me", session);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.errorCode()).isEqualTo("auth.token.invalid");
  }
}
