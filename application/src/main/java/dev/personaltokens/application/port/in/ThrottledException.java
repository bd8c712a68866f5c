package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import java.time.Duration;

/** Too many attempts from one place; {@link #retryAfter} says when the next one is welcome. */
public final class ThrottledException extends DomainException {

  private final Duration retryAfter;

  public ThrottledException(String code, String message, Duration retryAfter) {
    super(ErrorCategory.THROTTLED, code, message);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one: what a {@code Retry-After} header carries. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
