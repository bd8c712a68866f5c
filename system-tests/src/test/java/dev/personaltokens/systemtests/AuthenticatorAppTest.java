package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tests' own authenticator app computes what RFC 6238 says an app shows. */
class AuthenticatorAppTest {

  static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238, appendix B, SHA-1. */
  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void givesTheRfcsSha1TestVectors(long seconds, String code) {
    assertThat(AuthenticatorApp.code(RFC_KEY, seconds / 30, 8)).isEqualTo(code);
    assertThat(AuthenticatorApp.code(RFC_KEY, seconds / 30, 6)).isEqualTo(code.substring(2));
  }

  /** RFC 4648, section 10; the RFC 6238 key in base32, as a server would hand it out. */
  @Test
  void readsBase32AsTheRfcWritesIt() {
    assertThat(AuthenticatorApp.decode("MZXW6YTBOI"))
        .isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    assertThat(AuthenticatorApp.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"))
        .isEqualTo(RFC_KEY);
  }
}
