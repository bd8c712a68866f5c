package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

/** A token expires at some instant after now, and no later than the maximum lifetime from now. */
public record ExpiryPolicy(Duration maxLifetime) {

  public static final ExpiryPolicy DEFAULT = new ExpiryPolicy(Duration.ofDays(366));

  public ExpiryPolicy {
    if (maxLifetime == null || maxLifetime.isNegative() || maxLifetime.isZero()) {
      throw new IllegalArgumentException("the maximum lifetime must be positive");
    }
  }

  public void check(Instant expiresAt, Instant now) {
    if (expiresAt == null) {
      throw new InvalidValueException(
          "token.expires_at.required", "expires_at", "expires_at is required");
    }
    if (!expiresAt.isAfter(now)) {
      throw new InvalidValueException(
          "token.expires_at.not_in_future", "expires_at", "expires_at must be in the future");
    }
    if (expiresAt.isAfter(now.plus(maxLifetime))) {
      throw new InvalidValueException(
          "token.expires_at.too_far",
          "expires_at",
          "expires_at must be at most " + maxLifetime.toDays() + " days from now");
    }
  }
}
