package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.client.ServiceClientId;
import java.util.Optional;

/**
 * The answer to a service that asked about a token: the token, if it is good, and who asked.
 *
 * @param token empty for any token that isn't good, whatever the reason: the service learns nothing
 *     more
 */
public record Introspection(ServiceClientId client, Optional<VerifiedToken> token) {

  public boolean isActive() {
    return token.isPresent();
  }
}
