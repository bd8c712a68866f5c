package dev.personaltokens.domain.client;

import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenHint;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Instant;
import java.util.Objects;

/**
 * A service registered by an operator to introspect personal tokens. Like a token, only the digest
 * of its secret is kept.
 */
public record ServiceClient(
    ServiceClientId id, ServiceName name, TokenHint hint, TokenDigest digest, Instant created) {

  public ServiceClient {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(created, "created");
  }

  /** A new client for {@code secret}, which must be a service client's secret. */
  public static ServiceClient register(ServiceName name, TokenSecret secret, Instant now) {
    if (secret.kind() != SecretKind.SERVICE_CLIENT) {
      throw new IllegalArgumentException("a service client's secret has the ptc_ prefix");
    }
    return new ServiceClient(ServiceClientId.random(), name, secret.hint(), secret.digest(), now);
  }

  /** Whether {@code presented} is this client's secret; in constant time. */
  public boolean isSecret(TokenSecret presented) {
    return presented.kind() == SecretKind.SERVICE_CLIENT && digest.matches(presented.digest());
  }
}
