package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenIdTest {

  private static final String CANONICAL = "0b3f6f4e-1c2d-4e5f-8a9b-9a1c2d3e4f50";

  @Test
  void parsesTheCanonicalForm() {
    TokenId id = TokenId.parse(CANONICAL);

    assertThat(id.value()).isEqualTo(UUID.fromString(CANONICAL));
    assertThat(id).hasToString(CANONICAL);
  }

  @Test
  void parsesUpperCaseToTheSameId() {
    assertThat(TokenId.parse(CANONICAL.toUpperCase())).isEqualTo(TokenId.parse(CANONICAL));
  }

  @Test
  void parsesWhatItPrints() {
    TokenId id = TokenId.random();

    assertThat(TokenId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  void randomIdsDiffer() {
    assertThat(TokenId.random()).isNotEqualTo(TokenId.random());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "1-1-1-1-1",
        "garbage",
        "0b3f6f4e1c2d4e5f8a9b9a1c2d3e4f50",
        "{0b3f6f4e-1c2d-4e5f-8a9b-9a1c2d3e4f50}",
        " 0b3f6f4e-1c2d-4e5f-8a9b-9a1c2d3e4f50",
        "0b3f6f4e-1c2d-4e5f-8a9b-9a1c2d3e4f50 ",
        "0b3f6f4e-1c2d-4e5f-8a9b-9a1c2d3e4f5",
        "0b3f6f4e-1c2d-4e5f-8a9b-9a1c2d3e4f501",
        "0b3f6f4g-1c2d-4e5f-8a9b-9a1c2d3e4f50",
        "00000000000-1c2d-4e5f-8a9b-9a1c2d3e4",
        "../../etc/passwd",
        "ptk_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZab"
      })
  void rejectsAnythingButTheCanonicalForm(String text) {
    assertRejected(() -> TokenId.parse(text), "token.id.invalid", "uuid");
  }

  @Test
  void needsAValue() {
    assertThatThrownBy(() -> new TokenId(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
