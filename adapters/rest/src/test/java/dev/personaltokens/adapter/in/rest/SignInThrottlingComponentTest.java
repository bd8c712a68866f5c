package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guessing passwords, by the API's sign-in and the console's, over HTTP in memory. */
class SignInThrottlingComponentTest {

  static final String GUESSER = "203.0.113.66";

  final RestComponent api = RestComponent.over(new InMemoryApplication());

  Account account;

  @BeforeEach
  void newAccount() {
    account = api.newAccount();
  }

  @Test
  void afterFiveWrongPasswordsTheApiSaysWaitAsJsonWithRetryAfter() {
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("a wrong password", GUESSER).status()).isEqualTo(401);
    }

    Answer throttled = signIn(RestComponent.PASSWORD, GUESSER);

    assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
    assertThat(throttled.errorCode()).isEqualTo("auth.throttled");
    assertThat(throttled.header("Retry-After")).contains("30");
    assertThat(throttled.error().getString("detail")).endsWith("try again in 30 seconds");
    assertThat(throttled.header("Content-Type")).hasValueSatisfying(RestComponent.jsonType());
  }

  @Test
  void theOwnerFromAnotherAddressStillSignsIn() {
    for (int i = 0; i < 6; i++) {
      signIn("a wrong password", GUESSER);
    }

    assertThat(signIn(RestComponent.PASSWORD, "198.51.100.7").status()).isEqualTo(201);
  }

  @Test
  void theConsolesSignInIsThrottledAlike() {
    for (int i = 0; i < 5; i++) {
      consoleSignIn("a wrong password");
    }

    Answer throttled = consoleSignIn(RestComponent.PASSWORD);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.errorCode()).isEqualTo("auth.throttled");
    assertThat(throttled.header("Set-Cookie")).isEmpty();
  }

  @Test
  void aTrustedProxyNamesTheGuesserWhoseWaitIsItsOwn() {
    for (int i = 0; i < 5; i++) {
      api.post("tokens")
          .basic(account.email().value(), "a wrong password")
          .from("192.0.2.254")
          .header("X-Forwarded-For", GUESSER)
          .send();
    }

    Answer other =
        api.post("tokens")
            .basic(account.email().value(), RestComponent.PASSWORD)
            .from("192.0.2.254")
            .header("X-Forwarded-For", "198.51.100.8")
            .send();

    assertThat(other.status()).isEqualTo(201);
    assertThat(signIn(RestComponent.PASSWORD, GUESSER).status()).isEqualTo(429);
  }

  private Answer signIn(String password, String from) {
    return api.post("tokens").basic(account.email().value(), password).from(from).send();
  }

  private Answer consoleSignIn(String password) {
    return api.post("session")
        .from(GUESSER)
        .header("X-Requested-With", "ptk-console")
        .json("{\"email\":\"" + account.email().value() + "\",\"password\":\"" + password + "\"}")
        .send();
  }
}
