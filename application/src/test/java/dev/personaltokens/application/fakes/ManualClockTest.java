package dev.personaltokens.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ManualClockTest {

  @Test
  void startsAtTheStartOf2026AndStandsStill() {
    ManualClock clock = new ManualClock();

    assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(clock.now()).isEqualTo(clock.now());
  }

  @Test
  void movesOnlyWhenTurned() {
    ManualClock clock = new ManualClock();

    clock.advance(Duration.ofMinutes(90));
    assertThat(clock.now()).isEqualTo(Instant.parse("2026-01-01T01:30:00Z"));

    clock.set(Instant.parse("2030-06-01T12:00:00Z"));
    assertThat(clock.now()).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
  }
}
