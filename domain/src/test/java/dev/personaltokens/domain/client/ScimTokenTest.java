package dev.personaltokens.domain.client;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScimTokenTest {

  static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
  static final TokenSecret SECRET =
      TokenSecret.issue(SecretKind.SCIM_TOKEN, "a".repeat(TokenSecret.RANDOM_LENGTH));

  @Test
  void keepsOnlyTheDigestAndHintOfItsSecret() {
    ScimToken token = ScimToken.issue(new ServiceName(" okta "), SECRET, NOW);

    assertThat(token.name().value()).isEqualTo("okta");
    assertThat(token.digest()).isEqualTo(SECRET.digest());
    assertThat(token.hint().value()).startsWith("ptp_...");
    assertThat(token.toString()).doesNotContain(SECRET.reveal());
    assertThat(SECRET.reveal()).startsWith("ptp_");
    assertThat(TokenSecret.isWellFormed(SECRET.reveal())).isTrue();
  }

  @Test
  void knowsItsSecretOnlyAndNoOtherKind() {
    ScimToken token = ScimToken.issue(new ServiceName("okta"), SECRET, NOW);
    TokenSecret sameRandomAsPersonalToken =
        TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "a".repeat(TokenSecret.RANDOM_LENGTH));
    TokenSecret other =
        TokenSecret.issue(SecretKind.SCIM_TOKEN, "b".repeat(TokenSecret.RANDOM_LENGTH));

    assertThat(token.isSecret(TokenSecret.parse(SECRET.reveal()))).isTrue();
    assertThat(token.isSecret(other)).isFalse();
    assertThat(token.isSecret(sameRandomAsPersonalToken)).isFalse();
    assertThatThrownBy(() -> ScimToken.issue(new ServiceName("x"), sameRandomAsPersonalToken, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsAnIdAsAnOperatorTypesIt() {
    UUID id = UUID.randomUUID();

    assertThat(ScimToken.parseId(id.toString().toUpperCase())).isEqualTo(id);
    assertRejected(() -> ScimToken.parseId("okta"), "scim_token.id.invalid", "id");
  }
}
