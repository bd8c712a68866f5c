package dev.personaltokens.adapter.out.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class SystemClockTest {

  @Test
  void tellsTheWallClockTimeToTheMicrosecond() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Instant now = new SystemClock().now();
    Instant after = Instant.now();

    assertThat(now).isBetween(before, after);
    assertThat(now.getNano() % 1_000).isZero();
  }
}
