package dev.personaltokens.application;

import dev.personaltokens.domain.sso.SingleSignOn;
import dev.personaltokens.domain.token.ExpiryPolicy;
import java.time.Duration;

/**
 * The settings the use cases obey.
 *
 * @param expiryPolicy how long a personal token may live
 * @param sessionLifetime how long a session lasts after signing in
 * @param auditRetention how long the security log keeps an event
 * @param consoleUrl where the console is, as notices link to it
 * @param singleSignOn how people sign in, beside the identity provider itself
 */
public record Policies(
    ExpiryPolicy expiryPolicy,
    Duration sessionLifetime,
    Duration auditRetention,
    String consoleUrl,
    SingleSignOn singleSignOn) {

  /** Passwords sign in, as {@link SingleSignOn#DEFAULT}. */
  public Policies(
      ExpiryPolicy expiryPolicy,
      Duration sessionLifetime,
      Duration auditRetention,
      String consoleUrl) {
    this(expiryPolicy, sessionLifetime, auditRetention, consoleUrl, SingleSignOn.DEFAULT);
  }

  /**
   * As the server ships: {@link ExpiryPolicy#DEFAULT}, sessions of a day, 400 days of log, the
   * console of {@code ./run}.
   */
  public static final Policies DEFAULT =
      new Policies(
          ExpiryPolicy.DEFAULT,
          Duration.ofHours(24),
          Duration.ofDays(400),
          "http://localhost:8080/");
}
