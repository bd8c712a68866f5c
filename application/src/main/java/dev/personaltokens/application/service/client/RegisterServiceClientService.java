package dev.personaltokens.application.service.client;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.client.RegisterServiceClientUseCase;
import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

public final class RegisterServiceClientService implements RegisterServiceClientUseCase {

  private final ServiceClients clients;
  private final Clock clock;
  private final Randomness randomness;

  public RegisterServiceClientService(ServiceClients clients, Clock clock, Randomness randomness) {
    this.clients = clients;
    this.clock = clock;
    this.randomness = randomness;
  }

  @Override
  public RegisteredServiceClient register(Actor actor, ServiceName name) {
    TokenSecret secret = randomness.secret(SecretKind.SERVICE_CLIENT);
    ServiceClient client = ServiceClient.register(name, secret, clock.now());
    clients.add(client);
    return new RegisteredServiceClient(client, secret);
  }
}
