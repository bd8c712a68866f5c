package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import java.time.Duration;

/** A refusal for now, not for ever: {@link #retryAfterSeconds} says when to try again. */
public abstract class RetryLaterException extends DomainException {

  private final Duration retryAfter;

  protected RetryLaterException(
      ErrorCategory category, String code, String message, Duration retryAfter) {
    super(category, code, message);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one: what a {@code Retry-After} header carries. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
