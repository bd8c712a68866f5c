package dev.personaltokens.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.account.Email;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpSecretTest {

  /** RFC 6238's SHA-1 test key: the ASCII of "12345678901234567890". */
  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void isTwentyBytesWrittenAsThirtyTwoBase32Characters() {
    TotpSecret secret = TotpSecret.of(RFC_KEY);

    assertThat(secret.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(secret.bytes()).isEqualTo(RFC_KEY);
    assertThat(TotpSecret.fromBase32(secret.base32())).isEqualTo(secret);
  }

  @Test
  void refusesAnyOtherLength() {
    assertThatThrownBy(() -> TotpSecret.of(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TotpSecret.fromBase32("GEZDGNBV"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theUriNamesTheIssuerAndTheAccountAndCarriesTheSecret() {
    String uri = TotpSecret.of(RFC_KEY).uri("Personal Tokens", new Email("a.b+c@example.com"));

    assertThat(uri)
        .isEqualTo(
            "otpauth://totp/Personal%20Tokens:a.b%2Bc%40example.com"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Personal%20Tokens"
                + "&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void neverPrintsItselfAndCantBeChangedFromOutside() {
    byte[] bytes = RFC_KEY.clone();
    TotpSecret secret = TotpSecret.of(bytes);
    bytes[0] = 0;
    secret.bytes()[1] = 0;

    assertThat(secret.toString()).doesNotContain(secret.base32()).doesNotContain("1234");
    assertThat(secret.bytes()).isEqualTo(RFC_KEY);
  }
}
