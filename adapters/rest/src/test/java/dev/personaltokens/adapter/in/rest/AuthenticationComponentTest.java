package dev.personaltokens.adapter.in.rest;

import static dev.personaltokens.adapter.in.rest.RestComponent.jsonType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who gets in, and what the refused are told: the authentication filter, Azion's session tokens
 * ({@code /api/tokens}), {@code /api/user/me} and the headers every answer carries.
 */
class AuthenticationComponentTest {

  static final RestComponent api = RestComponent.over(new InMemoryApplication());

  Account account;

  @BeforeEach
  void newAccount() {
    account = api.newAccount();
  }

  // --- tokens that don't get in ---

  @Test
  void missingCredentialsAreAskedForWithTokenChallengesOnly() {
    Answer answer = api.get("iam/personal_tokens").send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    JsonObject error = answer.error();
    assertThat(error.getString("status")).isEqualTo("401");
    assertThat(error.getString("code")).isEqualTo("auth.missing");
    assertThat(error.getString("title")).isEqualTo("Unauthorized");
    assertThat(answer.headers("WWW-Authenticate"))
        .containsExactlyInAnyOrder("Token realm=\"ptk\"", "Bearer realm=\"ptk\"");
    assertThat(answer.header("Personal-Token-Expiration")).isEmpty();
    assertThat(answer.header("Cache-Control")).contains("no-store");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "Token", "Token   ", "Tokenabc", "Digest abc", "Basic Zm9vOmJhcg=="})
  void authorizationWithoutATokenIsMissingCredentials(String authorization) {
    Answer answer = api.get("user/me").header("Authorization", authorization).send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.missing");
    // Basic is asked for only where it signs in, so that browsers never pop up a dialog.
    assertThat(answer.headers("WWW-Authenticate"))
        .isNotEmpty()
        .noneMatch(challenge -> challenge.startsWith("Basic"));
  }

  @Test
  void mistypedTokenIsRejectedByItsChecksum() {
    String key = api.personalToken(account);
    char last = key.charAt(key.length() - 1);
    String typo = key.substring(0, key.length() - 1) + (last == 'a' ? 'b' : 'a');

    Answer answer = api.get("user/me").token(typo).send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.token.malformed");
    assertThat(answer.headers("WWW-Authenticate")).contains("Token realm=\"ptk\"");
  }

  @Test
  void wellFormedUnknownTokenIsInvalid() {
    for (SecretKind kind : SecretKind.values()) {
      String unknown = TokenSecret.issue(kind, "0123456789abcdefghijABCDEFGHIJkl").reveal();

      Answer answer = api.get("user/me").token(unknown).send();

      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).isEqualTo("auth.token.invalid");
      assertThat(answer.headers("WWW-Authenticate")).contains("Token realm=\"ptk\"");
    }
  }

  @Test
  void expiredTokensAreRefusedAsExpired() {
    String key =
        api.application().token(account.id(), "brief", Duration.ofHours(1)).secret().reveal();
    String session = api.session(account);
    assertThat(api.get("user/me").token(key).send().status()).isEqualTo(200);

    api.application().clock().advance(Duration.ofHours(25));

    for (String secret : List.of(key, session)) {
      Answer answer = api.get("user/me").token(secret).send();
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).isEqualTo("auth.token.expired");
      assertThat(answer.headers("WWW-Authenticate")).contains("Bearer realm=\"ptk\"");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Token ", "token ", "TOKEN ", "Bearer ", "bearer ", "  Token   "})
  void everySpellingOfTheTokenSchemeWorks(String scheme) {
    String key = api.personalToken(account);

    Answer answer = api.get("user/me").header("Authorization", scheme + key + " ").send();

    assertThat(answer.status()).isEqualTo(200);
  }

  // --- what the authenticated are told ---

  @Test
  void meShowsTheAccount() {
    Answer answer = api.get("user/me").token(api.personalToken(account)).send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    assertThat(answer.json().keySet()).containsExactly("results");
    JsonObject me = answer.json().getJsonObject("results");
    // In JSON-B's order, by name, as every other answer has its fields.
    assertThat(me.keySet())
        .containsExactly(
            "allowed_scopes",
            "client_id",
            "created",
            "email",
            "id",
            "max_token_lifetime_days",
            "password_change_required",
            "role",
            "two_factor",
            "two_factor_required");
    assertThat(me.getJsonArray("allowed_scopes").getValuesAs(JsonString::getString))
        .containsExactly("global", "read_only");
    assertThat(me.getString("role")).isEqualTo(account.role().code());
    assertThat(me.getBoolean("password_change_required")).isFalse();
    assertThat(me.getInt("max_token_lifetime_days")).isEqualTo(366);
    assertThat(me.getString("email")).isEqualTo(account.email().value());
    assertThat(me.getJsonNumber("id").longValue()).isEqualTo(account.id().value());
    assertThat(me.getString("client_id")).isEqualTo(Long.toString(account.id().value()));
    assertThat(me.getString("created")).isEqualTo(account.created().toString());
    assertThat(me.getBoolean("two_factor")).isFalse();
    assertThat(me.getBoolean("two_factor_required")).isFalse();
  }

  @Test
  void eachCallerIsTheirOwnOnAThreadThatServesOneAfterAnotherAndNoOneIsLeftOnItAfter() {
    Account other = api.newAccount();

    Answer mine = api.get("user/me").token(api.personalToken(account)).send();
    Answer theirs = api.get("user/me").token(api.session(other)).send();
    Answer refused = api.get("user/me").token(api.personalToken(account) + "x").send();

    assertThat(mine.json().getJsonObject("results").getString("email"))
        .isEqualTo(account.email().value());
    assertThat(theirs.json().getJsonObject("results").getString("email"))
        .isEqualTo(other.email().value());
    assertThat(refused.status()).isEqualTo(401);
    assertThatThrownBy(CallerPrincipal::current)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no caller was let in on this thread");
  }

  @Test
  void everyAuthenticatedAnswerCarriesTheCallersExpiry() {
    Instant expiry = api.application().clock().now().plus(Duration.ofDays(9));
    CreatedPersonalToken token =
        api.application().token(account.id(), "nine days", Duration.ofDays(9));
    String key = token.secret().reveal();

    Answer me = api.get("user/me").token(key).send();
    Answer notFound =
        api.get("iam/personal_tokens/00000000-0000-4000-8000-000000000000").token(key).send();
    Answer session = api.get("user/me").token(api.session(account)).send();

    assertThat(me.header("Personal-Token-Expiration")).contains(expiry.toString());
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.header("Personal-Token-Expiration")).contains(expiry.toString());
    assertThat(session.header("Personal-Token-Expiration"))
        .contains(
            api.application().clock().now().plus(InMemoryApplication.SESSION_LIFETIME).toString());
    for (Answer answer : List.of(me, notFound, session)) {
      assertThat(answer.header("Cache-Control")).contains("no-store");
    }
  }

  // --- session tokens: POST and DELETE /api/tokens ---

  @Test
  void basicCredentialsGetASessionToken() {
    Answer answer =
        api.post("tokens").basic(account.email().value(), RestComponent.PASSWORD).send();

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    assertThat(answer.header("Cache-Control")).contains("no-store");
    JsonObject body = answer.json();
    assertThat(body.keySet()).containsExactlyInAnyOrder("token", "created_at", "expires_at");
    assertThat(body.getString("token")).matches("pts_[0-9A-Za-z]{38}");
    Instant created = Instant.parse(body.getString("created_at"));
    assertThat(created).isEqualTo(api.application().clock().now());
    assertThat(Instant.parse(body.getString("expires_at")))
        .isEqualTo(created.plus(InMemoryApplication.SESSION_LIFETIME));

    Answer me = api.get("user/me").token(body.getString("token")).send();
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.header("Personal-Token-Expiration")).contains(body.getString("expires_at"));
  }

  @Test
  void emailIsCaseInsensitiveAtSignIn() {
    Answer answer =
        api.post("tokens")
            .basic(account.email().value().toUpperCase(), RestComponent.PASSWORD)
            .send();

    assertThat(answer.status()).isEqualTo(201);
  }

  @Test
  void wrongPasswordOrUnknownEmailIsRefusedAlikeWithABasicChallenge() {
    Answer wrongPassword =
        api.post("tokens").basic(account.email().value(), "not-the-password").send();
    Answer unknownEmail =
        api.post("tokens").basic("nobody@example.com", RestComponent.PASSWORD).send();
    Answer malformedEmail = api.post("tokens").basic("nobody", RestComponent.PASSWORD).send();

    for (Answer answer : List.of(wrongPassword, unknownEmail, malformedEmail)) {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).isEqualTo("auth.credentials.invalid");
      assertThat(answer.headers("WWW-Authenticate")).containsExactly("Basic realm=\"ptk\"");
    }
    assertThat(wrongPassword.body())
        .isEqualTo(unknownEmail.body())
        .isEqualTo(malformedEmail.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Basic", "Basic !!!notbase64", "Basic bm9jb2xvbg==", "Token abc"})
  void malformedSignInIsRefused(String authorization) {
    RestComponent.Request request = api.post("tokens");
    if (!authorization.isEmpty()) {
      request.header("Authorization", authorization);
    }
    Answer answer = request.send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.credentials.invalid");
    assertThat(answer.headers("WWW-Authenticate")).contains("Basic realm=\"ptk\"");
  }

  @Test
  void basicCredentialsOpenNothingButTheSignIn() {
    Answer answer =
        api.get("user/me").basic(account.email().value(), RestComponent.PASSWORD).send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.missing");
    assertThat(answer.headers("WWW-Authenticate"))
        .noneMatch(challenge -> challenge.startsWith("Basic"));
  }

  @Test
  void signingOutWithoutATokenIsAskedForATokenNotForBasic() {
    Answer answer = api.delete("tokens").send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.missing");
    assertThat(answer.headers("WWW-Authenticate"))
        .containsExactly("Token realm=\"ptk\"", "Bearer realm=\"ptk\"");
  }

  @Test
  void signingOutEndsTheSession() {
    String session = api.session(account);

    Answer signedOut = api.delete("tokens").token(session).send();

    assertThat(signedOut.status()).isEqualTo(204);
    assertThat(signedOut.body()).isEmpty();
    Answer after = api.get("user/me").token(session).send();
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.errorCode()).isEqualTo("auth.token.invalid");
  }

  @Test
  void signingOutWithAPersonalTokenLeavesItValid() {
    String key = api.personalToken(account);

    assertThat(api.delete("tokens").token(key).send().status()).isEqualTo(204);

    assertThat(api.get("user/me").token(key).send().status()).isEqualTo(200);
  }

  @Test
  void signingOutNeedsAToken() {
    Answer answer = api.delete("tokens").send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.missing");
  }
}
