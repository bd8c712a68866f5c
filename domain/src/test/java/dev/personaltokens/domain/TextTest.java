package dev.personaltokens.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @ParameterizedTest
  @CsvSource({"'', 0", "abc, 3", "é, 1", "😀, 1", "a😀b, 3", "日本語, 3"})
  void countsCodePointsNotCharsSoAnEmojiIsOne(String value, int length) {
    assertThat(Text.length(value)).isEqualTo(length);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\nb",
        "a\tb",
        "a\rb",
        "\u0000",
        "a\u007fb",
        "a\u0085b",
        "\u001b[0m",
        "a\u2028b",
        "a\u2029b",
        "evil\u202Etxt.exe",
        "a\u2066b\u2069",
        "a\u200Fb",
        "a\u061Cb"
      })
  void findsControlCharacters(String value) {
    assertThat(Text.hasControlCharacters(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain text",
        "émoji 😀",
        "日本語",
        "100% under_score",
        "family 👨\u200D👩\u200D👧"
      })
  void findsNoControlCharactersInPrintableText(String value) {
    assertThat(Text.hasControlCharacters(value)).isFalse();
  }

  @Test
  void printableTextHasEachControlCharacterReplaced() {
    assertThat(Text.printable("evil\u202Etxt.exe\n\u001b[0m")).isEqualTo("evil?txt.exe??[0m");
    assertThat(Text.printable("family 👨\u200D👩 日本語")).isEqualTo("family 👨\u200D👩 日本語");
    assertThat(Text.printable(null)).isEmpty();
  }
}
