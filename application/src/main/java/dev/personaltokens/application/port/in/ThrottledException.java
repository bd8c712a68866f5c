package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.ErrorCategory;
import java.time.Duration;

/** Too many attempts from one place. */
public final class ThrottledException extends RetryLaterException {

  public ThrottledException(String code, String message, Duration retryAfter) {
    super(ErrorCategory.THROTTLED, code, message, retryAfter);
  }
}
