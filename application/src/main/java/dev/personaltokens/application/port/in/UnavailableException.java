package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.ErrorCategory;
import java.time.Duration;

/**
 * The database (or whatever else every use case needs) can't be reached now. Raised where the
 * transactions are, for any use case.
 */
public final class UnavailableException extends RetryLaterException {

  /** Long enough for a restarted database to be back, short enough not to lose a client. */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  public UnavailableException() {
    super(
        ErrorCategory.UNAVAILABLE,
        "service.unavailable",
        "the service can't reach its database right now; try again in a few seconds",
        RETRY_AFTER);
  }
}
