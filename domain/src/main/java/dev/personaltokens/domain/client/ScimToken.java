package dev.personaltokens.domain.client;

import dev.personaltokens.domain.CanonicalUuid;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenHint;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The bearer token an operator makes for an identity provider's SCIM client: it opens {@code
 * /scim/v2} and nothing else. Like a personal token, only the digest of its secret is kept.
 */
public record ScimToken(
    UUID id, ServiceName name, TokenHint hint, TokenDigest digest, Instant created) {

  public ScimToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(created, "created");
  }

  /** A new token for {@code secret}, which must be a SCIM token's secret. */
  public static ScimToken issue(ServiceName name, TokenSecret secret, Instant now) {
    if (secret.kind() != SecretKind.SCIM_TOKEN) {
      throw new IllegalArgumentException("a SCIM token's secret has the ptp_ prefix");
    }
    return new ScimToken(UUID.randomUUID(), name, secret.hint(), secret.digest(), now);
  }

  /** Whether {@code presented} is this token's secret; in constant time. */
  public boolean isSecret(TokenSecret presented) {
    return presented.kind() == SecretKind.SCIM_TOKEN && digest.matches(presented.digest());
  }

  /** A token's id as an operator types it. */
  public static UUID parseId(String text) {
    return CanonicalUuid.parse(text)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "scim_token.id.invalid",
                    "id",
                    "a SCIM token's id is a UUID such as 0b3f6f4e-...-9a1c2d3e4f50"));
  }
}
