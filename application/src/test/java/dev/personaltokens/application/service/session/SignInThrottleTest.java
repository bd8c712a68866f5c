package dev.personaltokens.application.service.session;

import static dev.personaltokens.application.service.DomainAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.audit.Origin;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sign-in throttling as PRODUCT.md says it, on the fakes: the clock is the test's. */
class SignInThrottleTest {

  static final String PASSWORD = "correct horse battery";
  static final Origin GUESSER = new Origin("203.0.113.66", "a guesser");
  static final Origin OWNER = new Origin("198.51.100.7", "the owner's laptop");

  private final InMemoryApplication app = new InMemoryApplication();

  SignInThrottleTest() {
    app.account("alice@example.com", PASSWORD);
    app.origins().set(GUESSER);
  }

  @Test
  void fiveFailuresAreFreeTheSixthAttemptWaitsEvenWithTheRightPassword() {
    failTimes(5);

    ThrottledException throttled =
        catchThrowableOfType(() -> signIn(PASSWORD), ThrottledException.class);

    assertThat(throttled.code()).isEqualTo("auth.throttled");
    assertThat(throttled.retryAfterSeconds()).isEqualTo(30);
    assertThat(throttled.getMessage())
        .isEqualTo("too many failed sign-ins from this address; try again in 30 seconds");
  }

  @Test
  void theRightPasswordFromAnotherAddressStillWorks() {
    failTimes(5);
    app.origins().set(OWNER);

    IssuedSession session = signIn(PASSWORD);

    assertThat(session).isNotNull();
  }

  @Test
  void theWaitEndsByItselfAndGrowsWithEachFurtherFailureUpToFifteenMinutes() {
    failTimes(5);
    app.clock().advance(Duration.ofSeconds(30));
    assertFails(
        () -> signIn("wrong again!"), AuthenticationException.class, "auth.credentials.invalid");

    assertThat(retryAfter()).isEqualTo(60);
    for (int i = 0; i < 8; i++) {
      app.clock().advance(Duration.ofSeconds(retryAfter()));
      assertFails(
          () -> signIn("wrong again!"), AuthenticationException.class, "auth.credentials.invalid");
    }
    assertThat(retryAfter()).isEqualTo(Duration.ofMinutes(15).toSeconds());
  }

  @Test
  void failuresAreForgottenAfterFifteenQuietMinutes() {
    failTimes(5);
    app.clock().advance(Duration.ofMinutes(15));

    assertThat(signIn(PASSWORD)).isNotNull();
  }

  @Test
  void aSuccessClearsTheAccountsFailures() {
    failTimes(4);
    signIn(PASSWORD);

    failTimes(4);

    assertThat(signIn(PASSWORD)).isNotNull();
  }

  @Test
  void oneAddressTryingManyAccountsIsSlowedToo() {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
      String email = "nobody-" + i + "@example.com";
      assertFails(
          () -> app.signIn().signIn(new Email(email), Password.presented(PASSWORD)),
          AuthenticationException.class,
          "auth.credentials.invalid");
    }

    assertFails(() -> signIn(PASSWORD), ThrottledException.class, "auth.throttled");
    app.origins().set(OWNER);
    assertThat(signIn(PASSWORD)).isNotNull();
  }

  @Test
  void aThrottledAttemptCostsNoHash() {
    failTimes(5);
    int hashed = app.hasher().comparisons();

    assertFails(() -> signIn("another guess"), ThrottledException.class, "auth.throttled");

    assertThat(app.hasher().comparisons()).isEqualTo(hashed);
  }

  @Test
  void manyAddressesGuessingOneAccountAreSlowedButNotFromAnAddressTheOwnerUsedBefore() {
    app.origins().set(OWNER);
    signIn(PASSWORD); // the owner's address is now a known one
    for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_ACCOUNT; i++) {
      app.origins().set(new Origin("203.0.113." + (i % 200), "a botnet"));
      assertFails(
          () -> signIn("spray " + System.nanoTime()),
          AuthenticationException.class,
          "auth.credentials.invalid");
    }

    app.origins().set(new Origin("192.0.2.99", "yet another"));
    ThrottledException throttled =
        catchThrowableOfType(() -> signIn(PASSWORD), ThrottledException.class);
    assertThat(throttled.getMessage()).startsWith("too many failed sign-ins to this account");
    app.origins().set(OWNER);
    assertThat(signIn(PASSWORD)).as("the owner, from an address it signed in from").isNotNull();
  }

  @Test
  void oneIpv6HostIsOneAddressWhicheverAddressOfItsSlash64ItUses() {
    for (int i = 1; i <= SignInThrottle.FREE_FAILURES; i++) {
      app.origins().set(new Origin("2001:db8:1:2::" + Integer.toHexString(i), "a guesser"));
      assertFails(
          () -> signIn("a wrong password"),
          AuthenticationException.class,
          "auth.credentials.invalid");
    }

    app.origins().set(new Origin("2001:db8:1:2:ffff::1", "a guesser"));
    assertFails(() -> signIn(PASSWORD), ThrottledException.class, "auth.throttled");
    app.origins().set(new Origin("2001:db8:1:3::1", "the next /64"));
    assertThat(signIn(PASSWORD)).isNotNull();
  }

  @Test
  void anAccountIsCountedHoweverItsEmailIsWritten() {
    for (String email :
        new String[] {
          "Alice@example.com",
          "ALICE@EXAMPLE.COM",
          " alice@Example.com",
          "aLiCe@example.com",
          "alice@example.COM"
        }) {
      assertFails(
          () -> app.signIn().signIn(new Email(email), Password.presented("wrong")),
          AuthenticationException.class,
          "auth.credentials.invalid");
    }

    assertFails(() -> signIn(PASSWORD), ThrottledException.class, "auth.throttled");
  }

  @Test
  void anAttemptIsCountedBeforeItsPasswordIsCheckedAndASuccessTakesItBack() {
    app.hasher()
        .duringNextComparison(
            () -> {
              // While the first attempt's password is being checked, four more arrive.
              for (int i = 0; i < SignInThrottle.FREE_FAILURES - 1; i++) {
                assertFails(
                    () -> signIn("a wrong password"),
                    AuthenticationException.class,
                    "auth.credentials.invalid");
              }
              assertFails(() -> signIn("one more"), ThrottledException.class, "auth.throttled");
            });

    assertThat(signIn(PASSWORD)).isNotNull();
    assertThat(signIn(PASSWORD)).as("its count taken back, and the account's cleared").isNotNull();
  }

  @ParameterizedTest
  @CsvSource({
    "PT0.2S, 1 second",
    "PT1S, 1 second",
    "PT45S, 45 seconds",
    "PT61S, 2 minutes",
    "PT15M, 15 minutes"
  })
  void theWaitIsSaidInWords(Duration wait, String words) {
    assertThat(SignInThrottle.words(wait)).isEqualTo(words);
  }

  private void failTimes(int times) {
    for (int i = 0; i < times; i++) {
      assertFails(
          () -> signIn("a wrong password"),
          AuthenticationException.class,
          "auth.credentials.invalid");
    }
  }

  private long retryAfter() {
    return catchThrowableOfType(() -> signIn(PASSWORD), ThrottledException.class)
        .retryAfterSeconds();
  }

  private IssuedSession signIn(String password) {
    return app.signIn().signIn(new Email("alice@example.com"), Password.presented(password));
  }
}
