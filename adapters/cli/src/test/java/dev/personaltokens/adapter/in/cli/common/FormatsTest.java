package dev.personaltokens.adapter.in.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "PT167H59M59S, in 7 days",
    "P7D, in 7 days",
    "PT708H, in 30 days",
    "PT30H, in 30 hours",
    "PT47H, in 2 days",
    "PT90M, in 2 hours",
    "PT50M, in 50 minutes",
    "PT20S, in 1 minute",
    "-PT3H, 3 hours ago",
    "-P2DT11H, 2 days ago"
  })
  void saysHowFarOffRoundedToTheNearestUnit(String offset, String expected) {
    assertThat(Formats.relative(NOW.plus(Duration.parse(offset)), NOW)).isEqualTo(expected);
  }
}
