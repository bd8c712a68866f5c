package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.application.port.out.TwoFactorsContract;

/** The fake keeps the contract the MariaDB store keeps. */
class InMemoryTwoFactorsTest extends TwoFactorsContract {

  private final InMemoryAccounts accounts = new InMemoryAccounts(new InMemoryPersonalTokens());
  private final InMemoryTwoFactors twoFactors = new InMemoryTwoFactors();

  @Override
  protected TwoFactors twoFactors() {
    return twoFactors;
  }

  @Override
  protected Accounts accounts() {
    return accounts;
  }
}
