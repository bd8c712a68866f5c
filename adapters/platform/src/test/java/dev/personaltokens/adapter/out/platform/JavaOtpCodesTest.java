package dev.personaltokens.adapter.out.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaOtpCodesTest {

  /** RFC 6238's key for its SHA-1 vectors: the ASCII of "12345678901234567890". */
  private static final TotpSecret RFC_KEY =
      TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  private final JavaOtpCodes codes = new JavaOtpCodes();

  /**
   * RFC 6238, appendix B, SHA-1: the eight-digit codes' last six digits (a code is the truncated
   * HMAC modulo 10^digits, so six digits are the eight's last six).
   */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void givesTheRfcsSha1TestVectors(long seconds, String eightDigits) {
    String code = codes.at(RFC_KEY, TimeStep.at(Instant.ofEpochSecond(seconds)));

    assertThat(code).isEqualTo(eightDigits.substring(2)).matches("[0-9]{6}");
  }

  @Test
  void writesAsciiDigitsWhateverTheLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG-u-nu-arab"));

      assertThat(codes.at(RFC_KEY, TimeStep.at(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    } finally {
      Locale.setDefault(before);
    }
  }
}
