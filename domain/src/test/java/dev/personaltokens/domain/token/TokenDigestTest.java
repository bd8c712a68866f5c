package dev.personaltokens.domain.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenDigestTest {

  private static final String HEX = "a".repeat(63) + "0";

  @Test
  void matchesAnEqualDigest() {
    assertThat(new TokenDigest(HEX).matches(new TokenDigest(HEX))).isTrue();
  }

  @Test
  void matchesTheDigestOfTheSameSecret() {
    TokenSecret secret =
        TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "0123456789ABCDEFGHIJKLMNOPQRSTUV");

    assertThat(secret.digest().matches(TokenDigest.of(secret.reveal()))).isTrue();
  }

  /** FIPS 180-2's test vectors: each digest made afresh, none left over from the one before. */
  @Test
  void isTheSha256InLowerCaseHex() {
    assertThat(TokenDigest.of("abc").hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(TokenDigest.of("").hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(TokenDigest.of("abc").hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1",
        "0000000000000000000000000000000000000000000000000000000000000000"
      })
  void doesNotMatchADifferentDigest(String other) {
    assertThat(new TokenDigest(HEX).matches(new TokenDigest(other))).isFalse();
  }

  @Test
  void doesNotMatchNull() {
    assertThat(new TokenDigest(HEX).matches(null)).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "abc",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "gaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void acceptsOnlySixtyFourLowerCaseHexCharacters(String hex) {
    assertThatThrownBy(() -> new TokenDigest(hex)).isInstanceOf(IllegalArgumentException.class);
  }

  /** The characters just outside the ranges, anywhere in the digest. */
  @ParameterizedTest
  @ValueSource(chars = {'/', ':', '`', 'g', 'F'})
  void refusesACharacterJustOutsideHexAnywhere(char outside) {
    for (int at : new int[] {0, 31, 63}) {
      String hex = HEX.substring(0, at) + outside + HEX.substring(at + 1);
      assertThatThrownBy(() -> new TokenDigest(hex)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
