package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.application.port.out.ScimTokensContract;

/** The ScimTokens contract on MariaDB. */
class JpaScimTokensIT extends ScimTokensContract {

  @Override
  protected ScimTokens tokens() {
    return JpaTransactions.committingEachCall(ScimTokens.class, Stores::scimTokens);
  }
}
