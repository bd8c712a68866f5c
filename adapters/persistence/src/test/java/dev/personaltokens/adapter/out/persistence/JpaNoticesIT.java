package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.NoticesContract;
import dev.personaltokens.application.port.out.PersonalTokens;

/** The Notices contract on MariaDB. */
class JpaNoticesIT extends NoticesContract {

  @Override
  protected Notices notices() {
    return JpaTransactions.committingEachCall(Notices.class, Stores::notices);
  }

  @Override
  protected PersonalTokens tokens() {
    return JpaTransactions.committingEachCall(PersonalTokens.class, Stores::personalTokens);
  }

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }
}
