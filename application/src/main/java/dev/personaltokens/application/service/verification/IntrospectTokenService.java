package dev.personaltokens.application.service.verification;

import dev.personaltokens.application.port.in.client.ServiceCredentials;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.IntrospectTokenUseCase;
import dev.personaltokens.application.port.in.verification.Introspection;
import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import dev.personaltokens.domain.network.IpAddress;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.Optional;

public final class IntrospectTokenService implements IntrospectTokenUseCase {

  private final ServiceClients clients;
  private final VerifyPersonalTokenService verify;

  public IntrospectTokenService(ServiceClients clients, VerifyPersonalTokenService verify) {
    this.clients = clients;
    this.verify = verify;
  }

  /**
   * RFC 7662 section 2.2: whatever is wrong with the token, the answer is only that it is not
   * active - a service must not learn whether a token exists, expired or was revoked. A token bound
   * to addresses is not active for a client the service names outside them; with no client named,
   * the answer carries the addresses for the service to enforce.
   */
  @Override
  public Introspection introspect(
      ServiceCredentials credentials, String presentedToken, Optional<IpAddress> client) {
    ServiceClient service = registered(credentials);
    try {
      return new Introspection(service.id(), Optional.of(verify.goodFor(presentedToken, client)));
    } catch (AuthenticationException notGood) {
      return new Introspection(service.id(), Optional.empty());
    }
  }

  private ServiceClient registered(ServiceCredentials credentials) {
    try {
      ServiceClientId id = ServiceClientId.parse(credentials.clientId());
      TokenSecret secret = TokenSecret.parse(credentials.secret());
      return clients
          .findById(id)
          .filter(client -> client.isSecret(secret))
          .orElseThrow(AuthenticationException::badClient);
    } catch (InvalidValueException malformed) {
      throw AuthenticationException.badClient();
    }
  }
}
