package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.in.client.ServiceCredentials;
import dev.personaltokens.domain.network.IpAddress;
import java.util.Optional;

/**
 * RFC 7662 introspection: a registered service asks whether a token is good - for {@code client},
 * the address its own caller came from, when it names one (our extension); otherwise the answer
 * holds the token's allowed addresses for the service to enforce.
 *
 * @throws AuthenticationException when {@code service} is not a registered client's credentials
 */
@ReadsOnly
public interface IntrospectTokenUseCase {

  Introspection introspect(
      ServiceCredentials service, String presentedToken, Optional<IpAddress> client);
}
