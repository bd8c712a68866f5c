package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

  @ParameterizedTest
  @CsvSource({
    "2027-07-26T00:00:00Z, 2027-07-26T00:00:00Z",
    "2027-07-26T00:00:00.123456Z, 2027-07-26T00:00:00.123456Z"
  })
  void writesFullUtcInstants(String instant, String expected) {
    assertThat(Timestamps.format(Instant.parse(instant))).isEqualTo(expected);
    assertThat(Timestamps.formatOften(Instant.parse(instant))).isEqualTo(expected);
    assertThat(Timestamps.formatOften(Instant.parse(instant))).isEqualTo(expected);
  }

  @Test
  void holdsNoMoreInstantsThanItsBoundAndWritesEachRightPastIt() {
    Instant first = Instant.parse("2027-07-26T00:00:00Z");
    for (int i = 0; i <= 25_000; i++) {
      Instant expiry = first.plusSeconds(i);
      assertThat(Timestamps.formatOften(expiry)).isEqualTo(expiry.toString());
      assertThat(Timestamps.heldFormatted()).isLessThanOrEqualTo(10_000);
    }
    assertThat(Timestamps.formatOften(null)).isNull();
  }
}
