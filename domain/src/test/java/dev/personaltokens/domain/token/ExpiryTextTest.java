package dev.personaltokens.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpiryTextTest {

  @ParameterizedTest
  @CsvSource({
    "2027-07-26T00:00, 2027-07-26T00:00:00Z",
    "2027-07-26T10:15:30, 2027-07-26T10:15:30Z",
    "2027-07-26T10:15:30Z, 2027-07-26T10:15:30Z",
    "2027-07-26T10:15Z, 2027-07-26T10:15:00Z",
    "2027-07-26T10:15+02:00, 2027-07-26T08:15:00Z",
    "2027-07-26T10:15:30.25-03:30, 2027-07-26T13:45:30.250Z",
    "2027-07-26, 2027-07-26T00:00:00Z"
  })
  void readsIsoWithOrWithoutSecondsAndOffsetAsUtc(String text, String expected) {
    assertThat(ExpiryText.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "tomorrow",
        "2027-13-01",
        "2027-02-30",
        "2027-07-26T25:00",
        "2027-07-26 00:00",
        "26/07/2027",
        "1785024000"
      })
  void refusesWhatIsNotIso(String text) {
    assertThatThrownBy(() -> ExpiryText.parse(text))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("token.expires_at.invalid");
              assertThat(e.field()).isEqualTo("expires_at");
            });
  }
}
