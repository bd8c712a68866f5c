package dev.personaltokens.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeStepTest {

  /** RFC 6238, appendix B: the times of its test vectors and their T, in hex there. */
  @ParameterizedTest
  @CsvSource({
    "59, 1",
    "1111111109, 37037036",
    "1111111111, 37037037",
    "1234567890, 41152263",
    "2000000000, 66666666",
    "20000000000, 666666666"
  })
  void countsThirtySecondStepsFromTheEpoch(long seconds, long step) {
    TimeStep at = TimeStep.at(Instant.ofEpochSecond(seconds));

    assertThat(at.number()).isEqualTo(step);
    assertThat(at.start()).isBeforeOrEqualTo(Instant.ofEpochSecond(seconds));
    assertThat(at.start().plus(TimeStep.LENGTH)).isAfter(Instant.ofEpochSecond(seconds));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "29, 0", "30, 1", "89, 2", "90, 3"})
  void aStepBeginsOnEveryHalfMinute(long seconds, long step) {
    assertThat(TimeStep.at(Instant.ofEpochSecond(seconds, 999_999_999)).number()).isEqualTo(step);
    assertThat(new TimeStep(step).start().getEpochSecond()).isEqualTo(step * 30);
  }

  @ParameterizedTest
  @CsvSource({"5, 4, true", "5, 5, false", "5, 6, false"})
  void comparesByTime(long one, long other, boolean after) {
    assertThat(new TimeStep(one).isAfter(new TimeStep(other))).isEqualTo(after);
    assertThat(new TimeStep(other).plus(one - other)).isEqualTo(new TimeStep(one));
  }
}
