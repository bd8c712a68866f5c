package dev.personaltokens.adapter.in.rest;

import static dev.personaltokens.adapter.in.rest.RestComponent.jsonType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web console's session cookie ({@code /api/session}): HttpOnly, SameSite=Strict, Secure over
 * TLS, and a same-origin header on every unsafe request that relies on it.
 */
class ConsoleSessionComponentTest {

  static final String SAME_ORIGIN = "X-Requested-With";

  static final RestComponent api = RestComponent.over(new InMemoryApplication());

  Account account;

  @BeforeEach
  void newAccount() {
    account = api.newAccount();
  }

  @Test
  void signInSetsAnHttpOnlyStrictCookieAndShowsNoSecret() {
    Answer answer = signIn("http");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    String expiresAt =
        api.application().clock().now().plus(InMemoryApplication.SESSION_LIFETIME).toString();
    assertThat(answer.json().keySet()).containsExactly("expires_at");
    assertThat(answer.json().getString("expires_at")).isEqualTo(expiresAt);
    assertThat(answer.body()).doesNotContain("pts_");
    assertThat(answer.headers("Set-Cookie")).hasSize(1);
    String cookie = answer.header("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .matches("ptk_session=pts_[0-9A-Za-z]{38};.*")
        .contains("; Path=/", "; HttpOnly", "; SameSite=Strict")
        .contains("; Max-Age=" + InMemoryApplication.SESSION_LIFETIME.toSeconds())
        .doesNotContain("Secure");
    assertThat(answer.header("Cache-Control")).contains("no-store");
  }

  @Test
  void overTlsTheCookieIsSecure() {
    Answer signedIn = signIn("https");
    Answer signedOut =
        api.request("DELETE", "https://localhost/api/session")
            .header(SAME_ORIGIN, "ptk-console")
            .cookie(sessionCookie(signedIn))
            .send();

    assertThat(signedIn.header("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).endsWith("; Secure"));
    assertThat(signedOut.header("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).endsWith("; Secure"));
  }

  /**
   * Behind a TLS proxy the container sees plain HTTP: the public address decides, and the cookie is
   * then one only this host, over https, can set ({@code __Host-}).
   */
  @Test
  void aConsoleServedOverHttpsHasAHostOnlySecureCookieAndHsts() {
    RestComponent https = api.servedAt("https://tokens.example.com/");
    Answer signedIn =
        https
            .request("POST", "http://localhost/api/session")
            .header(SAME_ORIGIN, "ptk-console")
            .json(credentials(RestComponent.PASSWORD))
            .send();

    String cookie = signedIn.header("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .matches("__Host-ptk_session=pts_[0-9A-Za-z]{38};.*")
        .contains("; Path=/", "; HttpOnly", "; SameSite=Strict", "; Secure")
        .doesNotContain("Domain");
    assertThat(signedIn.header("Strict-Transport-Security")).contains("max-age=31536000");
    String hostCookie = sessionCookie(signedIn);
    assertThat(https.get("user/me").cookie(hostCookie).send().status()).isEqualTo(200);
    // The bare name is what a plain-HTTP page or a sibling subdomain could plant: not read here.
    String planted = "ptk_session=" + hostCookie.substring(hostCookie.indexOf('=') + 1);
    assertThat(https.get("user/me").cookie(planted).send().status()).isEqualTo(401);
    Answer signedOut =
        https.delete("session").header(SAME_ORIGIN, "ptk-console").cookie(hostCookie).send();
    assertThat(signedOut.header("Set-Cookie"))
        .hasValueSatisfying(
            c -> assertThat(c).startsWith("__Host-ptk_session=;").endsWith("; Secure"));
  }

  @Test
  void aConsoleOnPlainHttpSendsNoHsts() {
    assertThat(signIn("http").header("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void signInWithoutTheSameOriginHeaderIsForbidden() {
    Answer answer = api.post("session").json(credentials(RestComponent.PASSWORD)).send();

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.errorCode()).isEqualTo("csrf.header_missing");
    assertThat(answer.header("Set-Cookie")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"email\":\"EMAIL\",\"password\":\"not-the-password\"}",
        "{\"email\":\"nobody@example.com\",\"password\":\"a-long-enough-password\"}",
        "{\"email\":\"not an email\",\"password\":\"a-long-enough-password\"}",
        "{\"email\":\"EMAIL\"}",
        "{}"
      })
  void wrongCredentialsAreRefusedWithoutABasicChallenge(String json) {
    Answer answer =
        api.post("session")
            .header(SAME_ORIGIN, "ptk-console")
            .json(json.replace("EMAIL", account.email().value()))
            .send();

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.credentials.invalid");
    // A Basic challenge would make the browser pop up its own password dialog.
    assertThat(answer.headers("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"));
    assertThat(answer.header("Set-Cookie")).isEmpty();
  }

  @Test
  void unknownSignInFieldIsRefused() {
    Answer answer =
        api.post("session")
            .header(SAME_ORIGIN, "ptk-console")
            .json("{\"email\":\"a@example.com\",\"password\":\"x\",\"remember\":true}")
            .send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("request.field.unknown");
    assertThat(answer.pointer()).isEqualTo("/remember");
  }

  @Test
  void theCookieAloneReadsButCantChangeAnything() {
    Answer signedIn = signIn("http");
    String cookie = sessionCookie(signedIn);

    Answer read = api.get("user/me").cookie(cookie).send();
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().getJsonObject("results").getString("email"))
        .isEqualTo(account.email().value());
    assertThat(read.header("Personal-Token-Expiration"))
        .contains(signedIn.json().getString("expires_at"));

    Answer forged = api.post("iam/personal_tokens").cookie(cookie).json(tokenJson("forged")).send();
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.errorCode()).isEqualTo("csrf.header_missing");
    Answer forgedDelete =
        api.delete("iam/personal_tokens/00000000-0000-4000-8000-000000000000")
            .cookie(cookie)
            .send();
    assertThat(forgedDelete.status()).isEqualTo(403);
    assertThat(count(cookie)).isZero();

    Answer fromThePage =
        api.post("iam/personal_tokens")
            .cookie(cookie)
            .header(SAME_ORIGIN, "ptk-console")
            .json(tokenJson("from the page"))
            .send();
    assertThat(fromThePage.status()).isEqualTo(201);
    assertThat(count(cookie)).isOne();
  }

  @Test
  void anAuthorizationHeaderNeedsNoSameOriginHeaderAndWinsOverTheCookie() {
    String key = api.personalToken(account);

    Answer created =
        api.post("iam/personal_tokens")
            .cookie("ptk_session=pts_garbage")
            .token(key)
            .json(tokenJson("by header"))
            .send();

    assertThat(created.status()).isEqualTo(201);
  }

  @Test
  void onlyASessionTokenIsTakenFromTheCookie() {
    String key = api.personalToken(account);

    for (String secret : List.of(key, "ptk_" + "0".repeat(38), "garbage")) {
      Answer answer = api.get("user/me").cookie("ptk_session=" + secret).send();
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).startsWith("auth.token.");
    }
  }

  @Test
  void signingOutClearsTheCookieAndEndsTheSession() {
    String cookie = sessionCookie(signIn("http"));

    Answer signedOut =
        api.delete("session").cookie(cookie).header(SAME_ORIGIN, "ptk-console").send();

    assertThat(signedOut.status()).isEqualTo(204);
    assertThat(signedOut.header("Set-Cookie"))
        .contains("ptk_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    assertThat(api.get("user/me").cookie(cookie).send().status()).isEqualTo(401);
  }

  @Test
  void signingOutWithoutTheSameOriginHeaderIsForbiddenAndKeepsTheSession() {
    String cookie = sessionCookie(signIn("http"));

    Answer answer = api.delete("session").cookie(cookie).send();

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.errorCode()).isEqualTo("csrf.header_missing");
    assertThat(api.get("user/me").cookie(cookie).send().status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ptk_session=", "ptk_session=garbage", "other=1"})
  void signingOutAlwaysClearsTheCookie(String cookie) {
    RestComponent.Request request = api.delete("session").header(SAME_ORIGIN, "ptk-console");
    if (!cookie.isEmpty()) {
      request.cookie(cookie);
    }
    Answer answer = request.send();

    assertThat(answer.status()).isEqualTo(204);
    assertThat(answer.header("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).startsWith("ptk_session=;").contains("Max-Age=0"));
  }

  // --- helpers ---

  private Answer signIn(String scheme) {
    return api.request("POST", scheme + "://localhost/api/session")
        .header(SAME_ORIGIN, "ptk-console")
        .json(credentials(RestComponent.PASSWORD))
        .send();
  }

  private String credentials(String password) {
    return "{\"email\":\"" + account.email().value() + "\",\"password\":\"" + password + "\"}";
  }

  /** The {@code name=value} a browser sends back. */
  private static String sessionCookie(Answer signedIn) {
    assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(201);
    return signedIn.header("Set-Cookie").orElseThrow().split(";")[0];
  }

  private static int count(String cookie) {
    return api.get("iam/personal_tokens").cookie(cookie).send().json().getInt("count");
  }

  private static String tokenJson(String name) {
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + api.inDays(7) + "\"}";
  }
}
