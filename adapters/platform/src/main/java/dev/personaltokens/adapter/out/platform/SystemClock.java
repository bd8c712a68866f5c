package dev.personaltokens.adapter.out.platform;

import dev.personaltokens.application.port.out.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The wall clock, to the microsecond that MariaDB's DATETIME(6) keeps. */
public final class SystemClock implements Clock {

  @Override
  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
