package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.SessionsContract;

/** The Sessions contract on MariaDB. */
class JpaSessionsIT extends SessionsContract {

  @Override
  protected Sessions sessions() {
    return JpaTransactions.committingEachCall(Sessions.class, Stores::sessions);
  }

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }
}
