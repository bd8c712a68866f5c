package dev.personaltokens.application.service.client;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.client.DeleteServiceClientUseCase;
import dev.personaltokens.application.port.in.client.ListServiceClientsUseCase;
import dev.personaltokens.application.port.in.client.ServiceClientNotFoundException;
import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import java.util.List;

/** What an operator does with the registered services besides registering one. */
public final class ServiceClientsService
    implements ListServiceClientsUseCase, DeleteServiceClientUseCase {

  private final ServiceClients clients;

  public ServiceClientsService(ServiceClients clients) {
    this.clients = clients;
  }

  @Override
  public List<ServiceClient> list(Actor actor) {
    return clients.all();
  }

  @Override
  public void delete(Actor actor, ServiceClientId id) {
    if (!clients.remove(id)) {
      throw new ServiceClientNotFoundException(id);
    }
  }
}
