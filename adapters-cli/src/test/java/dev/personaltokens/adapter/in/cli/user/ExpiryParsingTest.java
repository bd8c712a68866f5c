package dev.personaltokens.adapter.in.cli.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ExpiryParsingTest {

  @ParameterizedTest
  @CsvSource({"1d, 1", "7d, 7", "15d, 15", "30d, 30", "90d, 90", "1y, 365", "1Y, 365", " 30D , 30"})
  void everyPresetOfTheConsoleIsALifetimeInDays(String preset, int days) {
    assertThat(ExpiresIn.parse(preset).lifetime()).isEqualTo(Duration.ofDays(days));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " ", "2d", "0d", "-1d", "30", "d30", "1 y", "1w", "365d", "12h", "1m"})
  void anythingButAPresetIsRefusedWithTheListOfThem(String text) {
    assertThatThrownBy(() -> ExpiresIn.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("1d, 7d, 15d, 30d, 90d, 1y");
  }

  @ParameterizedTest
  @CsvSource({
    "2027-07-26, 2027-07-26T00:00:00Z",
    "2027-07-26T18:30, 2027-07-26T18:30:00Z",
    "2027-07-26T18:30:15, 2027-07-26T18:30:15Z",
    "2027-07-26T18:30Z, 2027-07-26T18:30:00Z",
    "2027-07-26T18:30+02:00, 2027-07-26T16:30:00Z",
    "2027-07-26T18:30:00.5-01:00, 2027-07-26T19:30:00.500Z",
    "' 2027-07-26 ', 2027-07-26T00:00:00Z"
  })
  void datesAreReadAsTheApiReadsThemUtcUnlessAnOffsetFollows(String text, String expected) {
    assertThat(ExpiryDateTime.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "soon",
        "tomorrow",
        "2027-13-01",
        "2027-02-30",
        "26/07/2027",
        "2027-07-26 18:30",
        "2027-07-26T25:00",
        "1785024000"
      })
  void nonsenseDatesAreRefusedWithAnExample(String text) {
    assertThatThrownBy(() -> ExpiryDateTime.parse(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("2027-07-26");
  }
}
