package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.PasswordLinksContract;

/** The fake links keep the contract the MariaDB ones keep. */
class InMemoryPasswordLinksTest extends PasswordLinksContract {

  private final InMemoryAccounts accounts = new InMemoryAccounts(new InMemoryPersonalTokens());
  private final InMemoryPasswordLinks links = new InMemoryPasswordLinks();

  @Override
  protected PasswordLinks links() {
    return links;
  }

  @Override
  protected Accounts accounts() {
    return accounts;
  }
}
