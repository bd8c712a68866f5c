package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;

/** A clock that only moves when a test turns it. */
public final class ManualClock implements Clock {

  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private Instant now;

  public ManualClock() {
    this(START);
  }

  public ManualClock(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant now() {
    return now;
  }

  public synchronized void set(Instant instant) {
    this.now = instant;
  }

  public synchronized void advance(Duration duration) {
    this.now = now.plus(duration);
  }
}
