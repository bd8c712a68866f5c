package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AccountsContract;

/** The Accounts contract on MariaDB. */
class JpaAccountsIT extends AccountsContract {

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }
}
