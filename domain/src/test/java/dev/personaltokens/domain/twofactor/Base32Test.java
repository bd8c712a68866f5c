package dev.personaltokens.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

  /** RFC 4648, section 10, without the padding. */
  @ParameterizedTest
  @CsvSource({
    "'', ''",
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void encodesTheRfcsTestVectors(String text, String base32) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

    assertThat(Base32.encode(bytes)).isEqualTo(base32);
    assertThat(Base32.decode(base32))
        .hasValueSatisfying(decoded -> assertThat(decoded).isEqualTo(bytes));
    assertThat(Base32.decode(base32.toLowerCase()))
        .hasValueSatisfying(decoded -> assertThat(decoded).isEqualTo(bytes));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 20, 33})
  void decodesWhatItEncodes(int length) {
    byte[] bytes = new byte[length];
    new Random(length).nextBytes(bytes);

    assertThat(Base32.decode(Base32.encode(bytes)))
        .hasValueSatisfying(decoded -> assertThat(decoded).isEqualTo(bytes));
  }

  /**
   * Outside the alphabet (0, 1, 8, padding, spaces), or with bits left over: two texts, one value.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"MZXW6YT0", "MZXW6YT1", "MZXW6YT8", "MZXW6===", "MZ XW", "M", "MZXW6YR", "MZXW7"})
  void refusesWhatIsNotBase32OfWholeBytes(String text) {
    assertThat(Base32.decode(text)).isEmpty();
  }
}
