package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Forward auth: every method, every path under /auth/verify, and only 200, 401, 403 or 503. */
class VerificationComponentTest {

  static final List<String> METHODS =
      List.of(
          "GET",
          "HEAD",
          "POST",
          "PUT",
          "PATCH",
          "DELETE",
          "OPTIONS",
          "TRACE",
          "PROPFIND",
          "MKCOL",
          "LOCK",
          "PURGE",
          "X-CUSTOM");
  static final List<String> PATHS =
      List.of(
          "auth/verify",
          "auth/verify/",
          "auth/verify/orders/42",
          "auth/verify/orders%2F42?x=1&y=%00",
          "auth/verify/..%2F..%2Fiam/personal_tokens",
          "auth/verify/%E6%97%A5%E6%9C%AC;matrix=1",
          "auth/verify/api/iam/personal_tokens?page=-1",
          // Written with a parameter in a segment, the path is not the servlet's to the container
          // and comes to JAX-RS, which still reads it as the verification's (ForwardAuthFilter).
          "auth;v=1/verify",
          "auth/verify;v=1/orders");

  final InMemoryApplication application = new InMemoryApplication();
  final RestComponent api = RestComponent.over(application);
  final Account account = api.newAccount();

  private String token(Scope scope) {
    return application.token(account.id(), "t-" + scope, scope).secret().reveal();
  }

  private static int status(RestComponent.Request request) {
    return request.send().status();
  }

  @Test
  void aGoodTokenGets200WithWhoItIsInHeadersAndNoBody() {
    CreatedPersonalToken created = application.token(account.id(), "ci");

    Answer answer = api.get("auth/verify").token(created.secret().reveal()).send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("X-Auth-Request-User")).contains(account.id().toString());
    assertThat(answer.header("X-Auth-Request-Email")).contains(account.email().value());
    assertThat(answer.header("X-Auth-Request-Token-Id")).contains(created.token().id().toString());
    assertThat(answer.header("X-Auth-Request-Scope")).contains("global");
    assertThat(answer.header("Personal-Token-Expiration"))
        .contains(created.token().expiresAt().toString());
    assertThat(answer.body())
        .as("nginx keeps only a connection whose answer had no body")
        .isEmpty();
    assertThat(answer.header("Content-Type")).isEmpty();
    assertThat(answer.header("Cache-Control")).contains("no-store");
    application.flushTokenUsage().flush(); // as the server does every second
    assertThat(application.tokens().findById(created.token().id()).orElseThrow().lastUsedAt())
        .isEqualTo(application.clock().now());
  }

  /** The body is for a caller that names JSON; a wildcard, what curl and proxies send, is none. */
  @Test
  void aCallerThatAsksForJsonGetsTheSameAsABody() {
    CreatedPersonalToken created = application.token(account.id(), "by hand");
    String secret = created.secret().reveal();

    for (String accept : List.of("application/json", "text/html, application/JSON;q=0.5")) {
      Answer answer = api.get("auth/verify/x").header("Accept", accept).token(secret).send();

      assertThat(answer.status()).isEqualTo(200);
      RestComponent.jsonType().accept(answer.header("Content-Type").orElseThrow());
      JsonObject body = answer.json();
      assertThat(body.getString("user")).isEqualTo(account.id().toString());
      assertThat(body.getString("email")).isEqualTo(account.email().value());
      assertThat(body.getString("token_id")).isEqualTo(created.token().id().toString());
      assertThat(body.getString("scope")).isEqualTo("global");
      assertThat(body.getString("expires_at")).isEqualTo(created.token().expiresAt().toString());
      assertThat(answer.body()).doesNotContain(secret);
      assertThat(answer.header("X-Auth-Request-User")).contains(account.id().toString());
    }
    for (String accept : List.of("*/*", "application/*", "text/plain")) {
      assertThat(api.get("auth/verify").header("Accept", accept).token(secret).send().body())
          .as(accept)
          .isEmpty();
    }
  }

  /**
   * Any method header may be the client's own (nginx copies them into its check): a read-only token
   * passes only when the request's method and every method header, every line of each, agree on one
   * safe method.
   */
  @Test
  void aReadOnlyTokenPassesOnlyWhenEveryMethodSignalIsTheSameSafeOne() {
    String readOnly = token(Scope.READ_ONLY);

    assertThat(status(api.get("auth/verify").token(readOnly))).isEqualTo(200);
    assertThat(status(api.get("auth/verify").header("X-Forwarded-Method", "POST").token(readOnly)))
        .isEqualTo(403);
    assertThat(status(api.get("auth/verify").header("X-Original-Method", "DELETE").token(readOnly)))
        .isEqualTo(403);
    assertThat(
            status(
                api.get("auth/verify")
                    .header("X-Forwarded-Method", "GET")
                    .header("X-Original-Method", "DELETE")
                    .token(readOnly)))
        .as("a spoofed GET in front of the proxy's DELETE")
        .isEqualTo(403);
    assertThat(
            status(
                api.get("auth/verify")
                    .header("X-Forwarded-Method", "GET")
                    .header("X-Forwarded-Method", "PUT")
                    .token(readOnly)))
        .as("a second line of the same header")
        .isEqualTo(403);
    assertThat(status(api.post("auth/verify").header("x-forwarded-method", "GET").token(readOnly)))
        .as("the request's own method is unsafe, whatever a header says")
        .isEqualTo(403);
    assertThat(status(api.post("auth/verify").header("X-Forwarded-Method", " ").token(readOnly)))
        .isEqualTo(403);
    assertThat(status(api.get("auth/verify/x").header("X-Original-Method", "HEAD").token(readOnly)))
        .as("both safe, but they disagree")
        .isEqualTo(403);
    assertThat(
            status(
                api.request("HEAD", "auth/verify/x")
                    .header("X-Original-Method", "head")
                    .header("X-Forwarded-Method", "HEAD")
                    .token(readOnly)))
        .isEqualTo(200);
  }

  @Test
  void aReadOnlyTokenIsRefusedUnsafeMethodsWith403() {
    Answer answer =
        api.get("auth/verify")
            .header("X-Forwarded-Method", "PUT")
            .token(token(Scope.READ_ONLY))
            .send();

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.errorCode()).isEqualTo("auth.scope.insufficient");
    assertThat(answer.header("X-Auth-Request-User")).isEmpty();
  }

  @Test
  void eachBadCredentialGets401WithAChallengeAndItsOwnCode() {
    CreatedPersonalToken revoked = application.token(account.id(), "revoked");
    application.revokeToken().revoke(account.id(), revoked.token().id());
    CreatedPersonalToken expired =
        application.token(account.id(), "expired", Duration.ofMinutes(1));
    application.clock().advance(Duration.ofMinutes(2));
    Map<String, String> codes =
        Map.of(
            "",
            "auth.missing",
            "ptk_mistyped",
            "auth.token.malformed",
            TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN).reveal(),
            "auth.token.invalid",
            revoked.secret().reveal(),
            "auth.token.revoked",
            expired.secret().reveal(),
            "auth.token.expired",
            api.session(account),
            "auth.token.invalid",
            TokenFixtures.randomSecret(SecretKind.SERVICE_CLIENT).reveal(),
            "auth.token.invalid");

    codes.forEach(
        (secret, code) -> {
          Answer answer = api.get("auth/verify").token(secret.isEmpty() ? null : secret).send();
          assertThat(answer.status()).as(code).isEqualTo(401);
          assertThat(answer.errorCode()).as(secret).isEqualTo(code);
          assertThat(answer.headers("WWW-Authenticate")).as(code).contains("Bearer realm=\"ptk\"");
          assertThat(answer.header("X-Auth-Request-User")).isEmpty();
        });
  }

  @Test
  void theConsoleCookieIsNoCredentialHere() {
    String cookie = ConsoleCookie.PLAIN_NAME + "=" + api.session(account);

    Answer answer =
        api.get("auth/verify").cookie(cookie).header("Origin", "http://localhost").send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic YTpi", "Token", "token  ", "Digest abc", "Bearer ptk_ ptk_"})
  void otherAuthorizationsAre401(String header) {
    Answer answer = api.get("auth/verify").header("Authorization", header).send();

    assertThat(answer.status()).isEqualTo(401);
    RestComponent.jsonType().accept(answer.header("Content-Type").orElseThrow());
  }

  @Test
  void anUnexpectedFailureIs503NeverA500() {
    VerifyPersonalTokenUseCase broken =
        (secret, method) -> {
          throw new IllegalStateException("the database is unreachable");
        };
    RestComponent failing = api.replacing(VerifyPersonalTokenUseCase.class, broken);

    Answer answer = failing.get("auth/verify").token(token(Scope.GLOBAL)).send();

    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.errorCode()).isEqualTo("service.unavailable");
    assertThat(answer.body()).doesNotContain("database");
  }

  @Test
  void everyMethodAndPathGetsOneOfTheFourStatusesRefusalsAsJson() {
    String global = token(Scope.GLOBAL);
    String readOnly = token(Scope.READ_ONLY);
    String[] secrets = {null, "ptk_bad", global, readOnly, api.session(account)};
    List<String> seen = new ArrayList<>();
    for (String method : METHODS) {
      for (String path : PATHS) {
        for (String secret : secrets) {
          Answer answer = api.request(method, path).token(secret).send();
          String what = method + " " + path + " " + (secret == null ? "-" : secret.substring(0, 4));
          if (method.equals("TRACE")) {
            // Refused before any verdict, as on every path (RequestFilters).
            assertThat(answer.status()).as(what).isEqualTo(405);
            seen.add(what);
            continue;
          }
          assertThat(answer.status()).as(what).isIn(200, 401, 403);
          if (answer.status() == 200) {
            assertThat(answer.body()).as(what).isEmpty();
          } else if (!method.equals("HEAD")) {
            RestComponent.jsonType().accept(answer.header("Content-Type").orElseThrow());
          }
          int expected =
              secret == global
                  ? 200
                  : secret == readOnly
                      ? (Set.of("GET", "HEAD", "OPTIONS").contains(method) ? 200 : 403)
                      : 401;
          assertThat(answer.status()).as(what).isEqualTo(expected);
          seen.add(what);
        }
      }
    }
    assertThat(seen).hasSize(METHODS.size() * PATHS.size() * secrets.length);
  }

  @Test
  void onlyTheVerifyPathIsVerification() {
    Answer near = api.get("auth/verifyx").token(token(Scope.GLOBAL)).send();

    assertThat(near.status()).isEqualTo(404);
  }
}
