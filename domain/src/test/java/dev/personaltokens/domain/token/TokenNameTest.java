package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenNameTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'  my token  '|my token",
        "'\tci\t'|ci",
        "deploy key|deploy key",
        "'  100% under_score '|100% under_score",
        "'日本語 😀'|日本語 😀"
      })
  void trims(String typed, String stored) {
    assertThat(new TokenName(typed).value()).isEqualTo(stored);
  }

  @Test
  void trimsLineBreaksAroundTheName() {
    assertThat(new TokenName("\n my token \r\n").value()).isEqualTo("my token");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "   ", "\t", "\n", " \t\r\n ", "\u2003"})
  void rejectsBlankName(String name) {
    assertRejected(() -> new TokenName(name), "token.name.blank", "name");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 99, 100})
  void acceptsUpToHundredCharacters(int length) {
    assertThat(new TokenName("a".repeat(length)).value()).hasSize(length);
  }

  @Test
  void acceptsHundredCharactersSurroundedBySpaces() {
    assertThat(new TokenName("  " + "a".repeat(100) + "  ").value()).isEqualTo("a".repeat(100));
  }

  @ParameterizedTest
  @ValueSource(ints = {101, 102, 1000})
  void rejectsMoreThanHundredCharacters(int length) {
    assertRejected(() -> new TokenName("a".repeat(length)), "token.name.too_long", "name");
  }

  @Test
  void countsCodePointsSoHundredEmojiFit() {
    String hundredEmoji = "😀".repeat(100);

    assertThat(hundredEmoji).hasSize(200);
    assertThat(new TokenName(hundredEmoji).value()).isEqualTo(hundredEmoji);
  }

  @Test
  void rejectsHundredAndOneEmoji() {
    assertRejected(() -> new TokenName("😀".repeat(101)), "token.name.too_long", "name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\nb",
        "a\tb",
        "a\rb",
        "a\u0000b",
        "\u0000",
        "a\u007fb",
        "\u007f",
        "a\u0085b",
        "a\u001b[31mred",
        "a\u0008b"
      })
  void rejectsControlCharacters(String name) {
    assertRejected(() -> new TokenName(name), "token.name.control_characters", "name");
  }
}
