package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.in.client.ServiceCredentials;

/**
 * RFC 7662 introspection: a registered service asks whether a token is good.
 *
 * @throws AuthenticationException when {@code client} is not a registered client's credentials
 */
@ReadsOnly
public interface IntrospectTokenUseCase {

  Introspection introspect(ServiceCredentials client, String presentedToken);
}
