package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.application.port.out.ServiceClientsContract;

public class InMemoryServiceClientsTest extends ServiceClientsContract {

  private final InMemoryServiceClients clients = new InMemoryServiceClients();

  @Override
  protected ServiceClients clients() {
    return clients;
  }
}
