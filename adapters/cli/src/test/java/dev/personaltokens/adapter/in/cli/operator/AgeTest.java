package dev.personaltokens.adapter.in.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** {@code --older-than}: hours, days or weeks. */
class AgeTest {

  @ParameterizedTest
  @CsvSource({"12h, PT12H", "30d, PT720H", "2w, PT336H", "0d, PT0S", "1D, PT24H"})
  void agesAreHoursDaysOrWeeks(String text, String expected) {
    assertThat(Age.parse(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "30", "-1d", "1y", "1.5d", "P30D", "999999d", "d"})
  void nonsenseAgesAreRefused(String text) {
    assertThatThrownBy(() -> Age.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("12h, 30d or 2w");
  }
}
