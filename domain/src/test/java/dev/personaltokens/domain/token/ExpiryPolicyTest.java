package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpiryPolicyTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final ExpiryPolicy POLICY = ExpiryPolicy.DEFAULT;

  @Test
  void defaultMaximumLifetimeIs366Days() {
    assertThat(ExpiryPolicy.DEFAULT.maxLifetime()).isEqualTo(Duration.ofDays(366));
  }

  @Test
  void rejectsMissingExpiry() {
    assertRejected(() -> POLICY.check(null, NOW), "token.expires_at.required", "expires_at");
  }

  @Test
  void rejectsNow() {
    assertRejected(() -> POLICY.check(NOW, NOW), "token.expires_at.not_in_future", "expires_at");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0.000000001S", "PT1S", "PT24H", "P400D"})
  void rejectsThePast(Duration ago) {
    assertRejected(
        () -> POLICY.check(NOW.minus(ago), NOW), "token.expires_at.not_in_future", "expires_at");
  }

  @ParameterizedTest
  @MethodSource("validLifetimes")
  void acceptsAnyInstantAfterNowUpToTheMaximum(Duration lifetime) {
    assertThatCode(() -> POLICY.check(NOW.plus(lifetime), NOW)).doesNotThrowAnyException();
  }

  @Test
  void acceptsExactlyTheMaximum() {
    assertThatCode(() -> POLICY.check(NOW.plus(Duration.ofDays(366)), NOW))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0.000000001S", "PT1S", "P1D", "P3650D"})
  void rejectsBeyondTheMaximum(Duration beyond) {
    Instant expiresAt = NOW.plus(Duration.ofDays(366)).plus(beyond);

    assertRejected(() -> POLICY.check(expiresAt, NOW), "token.expires_at.too_far", "expires_at");
  }

  @Test
  void honoursAConfiguredMaximum() {
    ExpiryPolicy thirtyDays = new ExpiryPolicy(Duration.ofDays(30));

    assertThatCode(() -> thirtyDays.check(NOW.plus(Duration.ofDays(30)), NOW))
        .doesNotThrowAnyException();
    assertRejected(
        () -> thirtyDays.check(NOW.plus(Duration.ofDays(30)).plusSeconds(1), NOW),
        "token.expires_at.too_far",
        "expires_at");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "-PT1S", "-P1D"})
  void refusesAMaximumLifetimeThatIsNotPositive(Duration maxLifetime) {
    assertThatThrownBy(() -> new ExpiryPolicy(maxLifetime))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAMissingMaximumLifetime() {
    assertThatThrownBy(() -> new ExpiryPolicy(null)).isInstanceOf(IllegalArgumentException.class);
  }

  static Stream<Duration> validLifetimes() {
    return Stream.of(
        Duration.ofNanos(1),
        Duration.ofSeconds(1),
        Duration.ofDays(1),
        Duration.ofDays(7),
        Duration.ofDays(15),
        Duration.ofDays(30),
        Duration.ofDays(90),
        Duration.ofDays(365),
        Duration.ofDays(366).minusSeconds(1));
  }
}
