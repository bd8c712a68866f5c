package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.FakeIdentityProvider;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.sso.ProviderIdentity;
import dev.personaltokens.domain.sso.SingleSignOn;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Signing in to the console through the identity provider ({@code /api/oidc}): every answer a
 * redirect, to the provider, to the console with the session cookie, or to the sign-in page with
 * the failure's code; and the sign-in page told which ways in there are.
 */
class OidcComponentTest {

  private static final String CONSOLE = "http://localhost:8080/";

  private final FakeIdentityProvider provider = new FakeIdentityProvider();
  private final InMemoryApplication application =
      new InMemoryApplication(
          provider,
          new SingleSignOn(false, Optional.of("Test IdP"), Optional.empty(), Duration.ofHours(12)));
  private final RestComponent api =
      RestComponent.over(
          application,
          new SingleSignOn(false, Optional.of("Test IdP"), Optional.empty(), Duration.ofHours(12)));

  {
    application.account("first@example.com", "first admin password"); // the server's first admin
  }

  @Test
  void loginSendsTheBrowserToTheProviderWithTheStateInALaxCookie() {
    Answer answer = api.get("/api/oidc/login").send();

    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.header("Location"))
        .contains("https://idp.example.com/authorize?state=state-1");
    assertThat(answer.header("Set-Cookie").orElseThrow())
        .isEqualTo("ptk_oidc_state=state-1; Path=/api/oidc/; Max-Age=600; HttpOnly; SameSite=Lax");
  }

  @Test
  void theCallbackOpensTheConsoleWithASessionCookie() {
    String code = signedInAtTheProvider(verifiedAda());

    Answer answer =
        api.get("/api/oidc/callback?state=state-1&code=" + code)
            .cookie("ptk_oidc_state=state-1")
            .send();

    assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
    assertThat(answer.header("Location")).contains(CONSOLE);
    assertThat(answer.headers("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .matches("ptk_session=pts_[0-9A-Za-z]{38};.*")
                    .contains("HttpOnly", "SameSite=Strict", "Max-Age=" + 12 * 3600))
        .anySatisfy(
            cookie -> assertThat(cookie).startsWith("ptk_oidc_state=;").contains("Max-Age=0"));
    String session =
        answer.headers("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("ptk_session="))
            .findFirst()
            .orElseThrow()
            .split(";")[0];
    Answer me = api.get("/api/user/me").cookie(session).send();
    assertThat(me.json().getJsonObject("results").getString("email")).isEqualTo("ada@example.com");
  }

  @Test
  void aCallbackWithoutTheBrowsersStateEndsOnTheSignInPage() {
    String code = signedInAtTheProvider(verifiedAda());

    Answer answer = api.get("/api/oidc/callback?state=state-1&code=" + code).send();

    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.header("Location")).contains(CONSOLE + "?sign_in_error=oidc.state");
    assertThat(answer.headers("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("ptk_session"));
    assertThat(answer.header("Content-Type")).isEmpty();
  }

  @Test
  void theProvidersRefusalEndsOnTheSignInPage() {
    api.get("/api/oidc/login").send();

    Answer answer =
        api.get("/api/oidc/callback?state=state-1&error=access_denied&error_description=No")
            .cookie("ptk_oidc_state=state-1")
            .send();

    assertThat(answer.header("Location")).contains(CONSOLE + "?sign_in_error=oidc.denied");
  }

  @Test
  void withoutAProviderLoginEndsOnTheSignInPage() {
    Answer answer = RestComponent.over(new InMemoryApplication()).get("/api/oidc/login").send();

    assertThat(answer.status()).isEqualTo(302);
    assertThat(answer.header("Location")).contains(CONSOLE + "?sign_in_error=oidc.off");
  }

  @Test
  void theSignInPageIsToldTheWaysIn() {
    Answer both = RestComponent.over(new InMemoryApplication()).get("/api/session/methods").send();
    Answer providerOnly = api.get("/api/session/methods").send();

    assertThat(both.json().getBoolean("password_sign_in")).isTrue();
    assertThat(both.json()).doesNotContainKey("provider");
    assertThat(providerOnly.json().getBoolean("password_sign_in")).isFalse();
    assertThat(providerOnly.json().getString("provider")).isEqualTo("Test IdP");
  }

  @Test
  void passwordSignInOffRefusesThePasswordEverywhere() {
    Answer console =
        api.post("/api/session")
            .header("X-Requested-With", "ptk-console")
            .json("{\"email\":\"first@example.com\",\"password\":\"first admin password\"}")
            .send();
    Answer tokens =
        api.post("/api/tokens").basic("first@example.com", "first admin password").send();

    assertThat(console.status()).isEqualTo(401);
    assertThat(console.errorCode()).isEqualTo("auth.password.off");
    assertThat(tokens.status()).isEqualTo(401);
    assertThat(tokens.errorCode()).isEqualTo("auth.password.off");
  }

  private static ProviderIdentity verifiedAda() {
    return new ProviderIdentity("sub-ada", new Email("ada@example.com"), true, Set.of());
  }

  /** The code the provider gives back once the person signed in there, after {@code login}. */
  private String signedInAtTheProvider(ProviderIdentity identity) {
    api.get("/api/oidc/login").send();
    return provider.signIn(provider.requestOf("state-1"), identity);
  }
}
