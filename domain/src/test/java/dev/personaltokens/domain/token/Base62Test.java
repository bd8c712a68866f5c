package dev.personaltokens.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base62Test {

  @Test
  void alphabetIsDigitsThenUpperThenLowerCase() {
    assertThat(Base62.ALPHABET)
        .isEqualTo("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        .hasSize(62);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 6, 000000",
    "9, 1, 9",
    "10, 1, A",
    "36, 1, a",
    "61, 1, z",
    "62, 2, 10",
    "62, 6, 000010",
    "3843, 2, zz",
    "4294967295, 6, 4gfFC3"
  })
  void encodesInExactlyTheWidthPaddedWithZeros(long value, int width, String encoded) {
    assertThat(Base62.encode(value, width)).isEqualTo(encoded);
  }

  @Test
  void refusesToEncodeWhatDoesNotFit() {
    assertThatThrownBy(() -> Base62.encode(62, 1)).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "abcXYZ019", "zzzz"})
  void recognisesBase62(String value) {
    assertThat(Base62.isBase62(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-", "a_b", "a b", "abc=", "é", "a/b", "a+b", "/", ":", "@", "[", "`", "{", "\u0000"
      })
  void rejectsAnythingElse(String value) {
    assertThat(Base62.isBase62(value)).isFalse();
  }
}
