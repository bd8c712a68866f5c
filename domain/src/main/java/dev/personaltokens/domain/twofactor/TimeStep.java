package dev.personaltokens.domain.twofactor;

import java.time.Duration;
import java.time.Instant;

/**
 * One {@link #LENGTH} of time, counted from the Unix epoch (RFC 6238's T with T0 = 0, X = 30 s): an
 * authenticator app shows one code per step.
 */
public record TimeStep(long number) {

  public static final Duration LENGTH = Duration.ofSeconds(30);

  public static TimeStep at(Instant instant) {
    return new TimeStep(Math.floorDiv(instant.getEpochSecond(), LENGTH.getSeconds()));
  }

  /** Where the step begins: the instant to compute its code at. */
  public Instant start() {
    return Instant.ofEpochSecond(number * LENGTH.getSeconds());
  }

  public TimeStep plus(long steps) {
    return new TimeStep(number + steps);
  }

  public boolean isAfter(TimeStep other) {
    return number > other.number;
  }
}
