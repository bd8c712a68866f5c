package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.application.port.out.ServiceClientsContract;

/** The ServiceClients contract on MariaDB. */
class JpaServiceClientsIT extends ServiceClientsContract {

  @Override
  protected ServiceClients clients() {
    return JpaTransactions.committingEachCall(ServiceClients.class, Stores::serviceClients);
  }
}
