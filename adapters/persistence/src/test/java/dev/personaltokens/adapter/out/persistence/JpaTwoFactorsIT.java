package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.application.port.out.TwoFactorsContract;

/** The TwoFactors contract on MariaDB. */
class JpaTwoFactorsIT extends TwoFactorsContract {

  @Override
  protected TwoFactors twoFactors() {
    return JpaTransactions.committingEachCall(TwoFactors.class, Stores::twoFactors);
  }

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }
}
