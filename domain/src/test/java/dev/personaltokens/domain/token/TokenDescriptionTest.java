package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenDescriptionTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", " \t "})
  void missingOrBlankDescriptionIsEmpty(String description) {
    assertThat(new TokenDescription(description).value()).isEmpty();
    assertThat(new TokenDescription(description)).isEqualTo(TokenDescription.NONE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"'  used by CI  '|used by CI", "plain|plain", "'  é 😀 '|é 😀"})
  void trims(String typed, String stored) {
    assertThat(new TokenDescription(typed).value()).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 254, 255})
  void acceptsUpTo255Characters(int length) {
    assertThat(new TokenDescription("d".repeat(length)).value()).hasSize(length);
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 257, 10_000})
  void rejectsMoreThan255Characters(int length) {
    assertRejected(
        () -> new TokenDescription("d".repeat(length)),
        "token.description.too_long",
        "description");
  }

  @Test
  void countsCodePoints() {
    assertThat(new TokenDescription("😀".repeat(255)).value()).hasSize(510);
    assertRejected(
        () -> new TokenDescription("😀".repeat(256)), "token.description.too_long", "description");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\tb", "a\rb", "a\u0000b", "a\u007fb", "\u0000"})
  void rejectsControlCharacters(String description) {
    assertRejected(
        () -> new TokenDescription(description),
        "token.description.control_characters",
        "description");
  }
}
