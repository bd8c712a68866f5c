package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Signing in through a real OpenID provider, as a browser does it but over plain HTTP, so that each
 * redirect is seen: the account made, linked or refused by what the ID token says, the role by its
 * groups, and each way it fails ending on the sign-in page with a code - never an error page.
 */
@SharedServer.Oidc
@ResourceLock(TestIdentityProvider.LOCK)
class OidcSignInIT {

  /** The cookie that keeps a sign-in's state in the browser while it is at the provider. */
  private static final String STATE_COOKIE = "ptk_oidc_state";

  private final URI server = SharedServer.oidcUrl();
  private final String email = "sso-" + UUID.randomUUID() + "@it.example.com";
  private final String subject = "sub-" + UUID.randomUUID();

  @Test
  void theFirstSignInOpensAMembersAccountWithItsEmailForTwelveHours() throws Exception {
    ProviderBrowser browser = new ProviderBrowser(server);

    HttpResponse<String> back = browser.signIn(subject, TestIdentityProvider.claims(email, true));

    assertThat(back.statusCode()).isEqualTo(302);
    assertThat(ProviderBrowser.location(back)).isEqualTo(server);
    assertThat(back.body()).isEmpty();
    assertThat(back.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("ptk_session=pts_")
                    .contains("HttpOnly", "SameSite=Strict", "Max-Age=43200"));
    JsonObject me = me(browser);
    assertThat(me.getString("email")).isEqualTo(email);
    assertThat(me.getString("role")).isEqualTo("member");
  }

  @Test
  void theAdminGroupMakesAnAdminAndLeavingItEndsThatAtTheNextSignIn() throws Exception {
    ProviderBrowser admin = new ProviderBrowser(server);
    admin.signIn(
        subject, TestIdentityProvider.claims(email, true, TestIdentityProvider.ADMIN_GROUP));
    assertThat(me(admin).getString("role")).isEqualTo("admin");

    ProviderBrowser later = new ProviderBrowser(server);
    later.signIn(subject, TestIdentityProvider.claims(email, true, "staff"));

    assertThat(me(later).getString("role")).isEqualTo("member");
    assertThat(me(later).getString("email")).isEqualTo(email);
  }

  @Test
  void aLocalAccountIsLinkedOnlyByAnEmailTheProviderSaysIsVerified() throws Exception {
    Account local = TestDatabase.newAccount("local-password-0123");
    String itsEmail = local.email().value();

    HttpResponse<String> unverified =
        new ProviderBrowser(server).signIn(subject, TestIdentityProvider.claims(itsEmail, false));
    assertSignInFailed(unverified, "oidc.email_unverified");

    ProviderBrowser browser = new ProviderBrowser(server);
    browser.signIn(subject, TestIdentityProvider.claims(itsEmail, true));
    assertThat(me(browser).getString("email")).isEqualTo(itsEmail);
    assertThat(me(browser).getJsonNumber("id").longValue()).isEqualTo(local.id().value());
  }

  @Test
  void aCallbackMustComeBackToTheBrowserThatLeft() {
    ProviderBrowser victim = new ProviderBrowser(server);
    victim.login();
    ProviderBrowser attacker = new ProviderBrowser(server);
    URI attackersCallback =
        attacker.signInAtTheProvider(
            attacker.login(), subject, TestIdentityProvider.claims(email, true));

    // The attacker's own sign-in, finished in the victim's browser, would sign the victim in as
    // the attacker: the victim's browser left with another state.
    assertSignInFailed(victim.back(attackersCallback), "oidc.state");
    assertThat(victim.cookie("ptk_session")).isNull();
  }

  @Test
  void aCallbackServesOnce() {
    ProviderBrowser browser = new ProviderBrowser(server);
    URI callback =
        browser.signInAtTheProvider(
            browser.login(), subject, TestIdentityProvider.claims(email, true));
    String state = browser.cookie(STATE_COOKIE);
    assertThat(browser.back(callback).statusCode()).isEqualTo(302);

    browser.setCookie(STATE_COOKIE, state);
    assertSignInFailed(browser.back(callback), "oidc.state");
  }

  @Test
  void theProvidersRefusalEndsOnTheSignInPage() {
    ProviderBrowser browser = new ProviderBrowser(server);
    browser.login();
    String state = browser.cookie(STATE_COOKIE);

    HttpResponse<String> back =
        browser.back(
            server.resolve(
                "api/oidc/callback?error=access_denied&error_description=The+user+said+no&state="
                    + state));

    assertSignInFailed(back, "oidc.denied");
  }

  @Test
  void anIdTokenForAnotherAudienceSignsNobodyIn() {
    HttpResponse<String> back =
        new ProviderBrowser(server)
            .signIn(
                subject, withClaim(TestIdentityProvider.claims(email, true), "\"aud\":\"other\""));

    assertSignInFailed(back, "oidc.token");
  }

  @Test
  void anExpiredIdTokenSignsNobodyIn() {
    long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
    HttpResponse<String> back =
        new ProviderBrowser(server)
            .signIn(
                subject,
                withClaim(TestIdentityProvider.claims(email, true), "\"exp\":" + anHourAgo));

    assertSignInFailed(back, "oidc.token");
  }

  @Test
  void aProviderDownAtTheExchangeIsSaidAndSignInWorksWhenItIsBack() throws Exception {
    TestIdentityProvider provider = SharedServer.identityProvider();
    ProviderBrowser browser = new ProviderBrowser(server);
    URI callback =
        browser.signInAtTheProvider(
            browser.login(), subject, TestIdentityProvider.claims(email, true));

    provider.stop();
    try {
      assertSignInFailed(browser.back(callback), "oidc.unavailable");
    } finally {
      provider.resume();
    }

    ProviderBrowser again = new ProviderBrowser(server);
    again.signIn(subject, TestIdentityProvider.claims(email, true));
    assertThat(me(again).getString("email")).isEqualTo(email);
  }

  @Test
  void noPasswordSignsIn() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (SharedServer.ADMIN_EMAIL + ":" + SharedServer.ADMIN_PASSWORD).getBytes());

    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(server.resolve("api/tokens"))
                .header("Authorization", "Basic " + basic)
                .POST(BodyPublishers.noBody())
                .build(),
            BodyHandlers.ofString());
    HttpResponse<String> methods =
        http.send(
            HttpRequest.newBuilder(server.resolve("api/session/methods")).build(),
            BodyHandlers.ofString());

    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).contains("auth.password.off");
    assertThat(json(methods.body()).getBoolean("password_sign_in")).isFalse();
    assertThat(json(methods.body()).getString("provider")).isEqualTo(TestIdentityProvider.NAME);
  }

  /** The claims with one more, e.g. one that overrides what the provider would put. */
  private static String withClaim(String claimsJson, String claim) {
    return claimsJson.substring(0, claimsJson.length() - 1) + "," + claim + "}";
  }

  /** The browser is back on the sign-in page, told why by a code, with no session. */
  private void assertSignInFailed(HttpResponse<String> back, String code) {
    assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
    assertThat(ProviderBrowser.location(back)).isEqualTo(server.resolve("?sign_in_error=" + code));
    assertThat(back.body()).isEmpty();
    assertThat(back.headers().allValues("Set-Cookie"))
        .noneMatch(cookie -> cookie.startsWith("ptk_session=pts_"));
  }

  private JsonObject me(ProviderBrowser browser) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.resolve("api/user/me"))
                    .header("Cookie", browser.session())
                    .build(),
                BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json(answer.body()).getJsonObject("results");
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
