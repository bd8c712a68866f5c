package dev.personaltokens.domain.client;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceClientTest {

  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  static final TokenSecret SECRET =
      TokenSecret.issue(SecretKind.SERVICE_CLIENT, "a".repeat(TokenSecret.RANDOM_LENGTH));

  @Test
  void keepsOnlyTheDigestAndHintOfItsSecret() {
    ServiceClient client = ServiceClient.register(new ServiceName(" billing "), SECRET, NOW);

    assertThat(client.name().value()).isEqualTo("billing");
    assertThat(client.digest()).isEqualTo(SECRET.digest());
    assertThat(client.hint().value()).startsWith("ptc_...").hasSize(11);
    assertThat(client.created()).isEqualTo(NOW);
    assertThat(client.toString()).doesNotContain(SECRET.reveal());
  }

  @Test
  void knowsItsSecretOnly() {
    ServiceClient client = ServiceClient.register(new ServiceName("billing"), SECRET, NOW);
    TokenSecret other =
        TokenSecret.issue(SecretKind.SERVICE_CLIENT, "b".repeat(TokenSecret.RANDOM_LENGTH));
    TokenSecret sameRandomAsToken =
        TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "a".repeat(TokenSecret.RANDOM_LENGTH));

    assertThat(client.isSecret(TokenSecret.parse(SECRET.reveal()))).isTrue();
    assertThat(client.isSecret(other)).isFalse();
    assertThat(client.isSecret(sameRandomAsToken)).isFalse();
  }

  @Test
  void refusesASecretOfAnotherKind() {
    TokenSecret token =
        TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "a".repeat(TokenSecret.RANDOM_LENGTH));

    assertThatThrownBy(() -> ServiceClient.register(new ServiceName("x"), token, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretsOfServicesParseWithTheirOwnPrefixAndChecksum() {
    TokenSecret parsed = TokenSecret.parse(SECRET.reveal());

    assertThat(SECRET.reveal()).startsWith("ptc_").hasSize(TokenSecret.LENGTH);
    assertThat(parsed.kind()).isEqualTo(SecretKind.SERVICE_CLIENT);
    String mistyped = SECRET.reveal().substring(0, 10) + "Z" + SECRET.reveal().substring(11);
    assertThat(TokenSecret.isWellFormed(mistyped)).isFalse();
  }

  @Test
  void namesFollowTheTokenNameRules() {
    assertRejected(() -> new ServiceName(" "), "client.name.blank", "name");
    assertRejected(() -> new ServiceName("x".repeat(101)), "client.name.too_long", "name");
    assertRejected(
        () -> new ServiceName("bill\u202Eing"), "client.name.control_characters", "name");
    assertThat(new ServiceName("x".repeat(100)).value()).hasSize(100);
  }

  @Test
  void idsAreCanonicalUuids() {
    ServiceClientId id = ServiceClientId.random();

    assertThat(ServiceClientId.parse(id.toString())).isEqualTo(id);
    assertRejected(() -> ServiceClientId.parse("1-2-3-4-5"), "client.id.invalid", "client_id");
    assertRejected(() -> ServiceClientId.parse(null), "client.id.invalid", "client_id");
  }
}
