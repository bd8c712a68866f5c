package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.PasswordLinksContract;

/** The PasswordLinks contract on MariaDB. */
class JpaPasswordLinksIT extends PasswordLinksContract {

  @Override
  protected PasswordLinks links() {
    return JpaTransactions.committingEachCall(PasswordLinks.class, Stores::passwordLinks);
  }

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }
}
