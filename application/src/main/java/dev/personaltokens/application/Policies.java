package dev.personaltokens.application;

import dev.personaltokens.domain.token.ExpiryPolicy;
import java.time.Duration;

/**
 * The settings the use cases obey.
 *
 * @param expiryPolicy how long a personal token may live
 * @param sessionLifetime how long a session lasts after signing in
 * @param auditRetention how long the security log keeps an event
 */
public record Policies(
    ExpiryPolicy expiryPolicy, Duration sessionLifetime, Duration auditRetention) {

  /** As the server ships: {@link ExpiryPolicy#DEFAULT}, sessions of a day, 400 days of log. */
  public static final Policies DEFAULT =
      new Policies(ExpiryPolicy.DEFAULT, Duration.ofHours(24), Duration.ofDays(400));
}
