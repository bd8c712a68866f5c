package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.PersonalTokensContract;

/** The PersonalTokens contract on MariaDB. */
class JpaPersonalTokensIT extends PersonalTokensContract {

  @Override
  protected PersonalTokens tokens() {
    return JpaTransactions.committingEachCall(PersonalTokens.class, Stores::personalTokens);
  }

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }
}
