package dev.personaltokens.adapter.in.cli.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.token.ExpiryText;
import java.time.Duration;
import org.junit.jupiter.api.Test;
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

  /**
   * Which texts are dates is the domain's ExpiryText (and its test); here, that the CLI uses it.
   */
  @Test
  void datesAreReadByTheDomainsRule() {
    assertThat(ExpiryDateTime.parse(" 2027-07-26T18:30+02:00 "))
        .isEqualTo(ExpiryText.parse("2027-07-26T18:30+02:00"));
  }

  @Test
  void aNonsenseDateIsAUsageErrorWithAnExample() {
    assertThatThrownBy(() -> ExpiryDateTime.parse("2027-02-30"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("2027-07-26");
  }
}
