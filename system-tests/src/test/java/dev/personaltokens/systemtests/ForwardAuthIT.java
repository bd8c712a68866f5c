package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import dev.personaltokens.domain.token.TokenSecret;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Forward auth called directly, as a proxy calls it: the headers a good token gets, each bad
 * credential's code, the statuses every method and path may get, and undecodable paths refused.
 */
@SharedServer.On
class ForwardAuthIT extends VerificationSupport {

  static final String VERIFY = "api/auth/verify";

  Answer verify(String method, String path, String token, String... headers) {
    HttpRequest.Builder request = api.request(path, null).method(method, BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    withHeaders(request, headers);
    return api.send(request);
  }

  @Test
  void aGoodTokenGets200WithTheHeadersNoBodyAndIsMarkedUsed() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    JsonObject created =
        api.postJson(TOKENS, session, "{\"name\":\"ci\",\"expires_at\":\"" + EXPIRES + "\"}")
            .json();

    Answer answer = verify("GET", VERIFY + "/orders/7", created.getString("key"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("X-Auth-Request-User")).contains(account.id().toString());
    assertThat(answer.header("X-Auth-Request-Email")).contains(account.email().value());
    assertThat(answer.header("X-Auth-Request-Token-Id")).contains(created.getString("uuid"));
    assertThat(answer.header("X-Auth-Request-Scope")).contains("global");
    assertThat(answer.header("Personal-Token-Expiration")).contains(EXPIRATION);
    assertThat(answer.body()).as("no body, so that nginx keeps the connection").isEmpty();
    JsonObject listed =
        api.eventually(
            TOKENS + "/" + created.getString("uuid"),
            session,
            json -> !json.isNull("last_used_at"));
    Instant used = Instant.parse(listed.getString("last_used_at"));
    assertThat(used).isBetween(before, Instant.now());
  }

  @Test
  void aCallerThatAsksForJsonGetsTheAnswerAsABodyToo() {
    JsonObject created =
        api.postJson(TOKENS, session, "{\"name\":\"by hand\",\"expires_at\":\"" + EXPIRES + "\"}")
            .json();

    Answer answer = verify("GET", VERIFY, created.getString("key"), "Accept", "application/json");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).contains("application/json");
    JsonObject body = answer.json();
    assertThat(body.getString("user")).isEqualTo(account.id().toString());
    assertThat(body.getString("email")).isEqualTo(account.email().value());
    assertThat(body.getString("token_id")).isEqualTo(created.getString("uuid"));
    assertThat(body.getString("scope")).isEqualTo("global");
    assertThat(body.getString("expires_at")).isEqualTo(EXPIRATION);
    assertThat(verify("GET", VERIFY, created.getString("key"), "Accept", "*/*").body()).isEmpty();
  }

  @Test
  void aTokenOfAnotherAccountIsThatAccounts() {
    Account other = TestDatabase.newAccount(PASSWORD);
    String theirs =
        TestDatabase.admin()
            .createPersonalToken()
            .create(
                new CreatePersonalTokenCommand(
                    other.id(),
                    new TokenName("theirs"),
                    TokenDescription.NONE,
                    Scope.GLOBAL,
                    Instant.now().plus(Duration.ofDays(1))))
            .secret()
            .reveal();

    Answer answer = verify("GET", VERIFY, theirs);

    assertThat(answer.header("X-Auth-Request-User")).contains(other.id().toString());
    assertThat(answer.header("X-Auth-Request-Email")).contains(other.email().value());
  }

  @Test
  void aPasswordResetEndsSessionsButNotPersonalTokens() {
    String token = token("global");

    TestDatabase.admin()
        .resetPassword()
        .resetPassword(
            TestDatabase.OPERATOR, account.email(), Password.newPassword("another-password-1"));

    assertThat(verify("GET", VERIFY, token).status()).isEqualTo(200);
    assertThat(api.get("api/user/me", session).status()).isEqualTo(401);
  }

  @Test
  void eachBadCredentialIs401WithItsCode() {
    TokenSecret expired = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN);
    PersonalToken planted =
        TokenFixtures.token(
            account.id(), "expired", "", Instant.now().minus(Duration.ofDays(31)), expired);
    TestDatabase.plant(planted);
    String unknown = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN).reveal();

    assertThat(codeOf(verify("GET", VERIFY, null))).isEqualTo("auth.missing");
    assertThat(codeOf(verify("GET", VERIFY, "ptk_typo"))).isEqualTo("auth.token.malformed");
    assertThat(codeOf(verify("GET", VERIFY, unknown))).isEqualTo("auth.token.invalid");
    assertThat(codeOf(verify("GET", VERIFY, expired.reveal()))).isEqualTo("auth.token.expired");
    assertThat(codeOf(verify("GET", VERIFY, session))).isEqualTo("auth.token.invalid");
  }

  @Test
  void theConsoleCookieOpensNothingHere() {
    Answer answer =
        api.send(
            api.request(VERIFY, null)
                .header("Cookie", "ptk_session=" + session)
                .header("Origin", api.uri("").toString().replaceAll("/[^/]*/?$", "")));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.missing");
  }

  @Test
  void everyMethodAndPathGetsOnlyOneOfTheAllowedStatuses() {
    String global = token("global");
    String readOnly = token("read_only");
    List<String> methods =
        List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND", "PURGE");
    List<String> paths =
        List.of(
            VERIFY,
            VERIFY + "/",
            VERIFY + "/orders/7",
            VERIFY + "/a/b/iam",
            VERIFY + "/%E6%97%A5;v=1?q=%20&r=%2F",
            VERIFY + "//double//slash");
    List<String> seen = new ArrayList<>();
    for (String method : methods) {
      for (String path : paths) {
        for (String token : new String[] {null, "ptk_bad", session, global, readOnly}) {
          Answer answer = verify(method, path, token);
          int expected =
              token == global
                  ? 200
                  : token == readOnly
                      ? (Set.of("GET", "HEAD", "OPTIONS").contains(method) ? 200 : 403)
                      : 401;
          assertThat(answer.status()).as(method + " " + path).isEqualTo(expected);
          if (expected == 200) {
            assertThat(answer.body()).as(method + " " + path).isEmpty();
          } else if (!method.equals("HEAD")) {
            assertThat(answer.header("Content-Type")).contains("application/json");
          }
          seen.add(method + path);
        }
      }
    }
    assertThat(seen).hasSize(methods.size() * paths.size() * 5);
  }

  /**
   * A proxy that appends the client's path to the verification address (Envoy's {@code
   * path_prefix}) lets through whatever answers 2xx: no path the server can't decode may, under any
   * method, even with a good token - each gets the API's JSON 400. Sent as raw bytes, since an HTTP
   * client refuses to send them.
   */
  @Test
  void noUndecodablePathUnderVerifyIsEverLetThrough() throws IOException {
    String global = token("global");
    String host = "127.0.0.1:" + deployment.getPort();
    String verify = deployment.getPath().replaceAll("/$", "") + "/" + VERIFY;
    List<String> tails =
        List.of(
            "/x%ZZ",
            "/orders%",
            "/a%zz",
            "/%",
            "/a%2Fb",
            "/a%5Cb",
            "/a%00b",
            "/%2e%2e/%2e%2e/admin",
            "/../admin",
            "/./x",
            "/%C0%AE%C0%AE/",
            "/%FF",
            "?q=%ZZ",
            "?q=%00",
            "/" + "a".repeat(9_000));
    int checked = 0;
    for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PROPFIND")) {
      for (String tail : tails) {
        for (String token : new String[] {null, global}) {
          String[] headers =
              token == null ? new String[0] : new String[] {"Authorization: Bearer " + token};
          HostileCorpus.Reply reply =
              HostileCorpus.send(
                  deployment.getPort(),
                  HostileCorpus.request(method, verify + tail, headers, "", host));

          String what = method + " " + tail.substring(0, Math.min(40, tail.length()));
          assertThat(reply.status()).as(what).isEqualTo(400);
          assertThat(reply.contentType()).as(what).startsWith("application/json");
          if (!method.equals("HEAD")) {
            assertThat(reply.errorCode()).as(what).isEqualTo("request.undecodable");
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(6 * tails.size() * 2);
  }

  static String codeOf(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.headers("WWW-Authenticate")).contains("Bearer realm=\"ptk\"");
    return answer.errorCode();
  }
}
