package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.AuditTrailContract;

/** The fake security log keeps the contract the MariaDB one keeps. */
class InMemoryAuditTrailTest extends AuditTrailContract {

  private final InMemoryAccounts accounts = new InMemoryAccounts(new InMemoryPersonalTokens());
  private final InMemoryAuditTrail trail = new InMemoryAuditTrail(accounts::emailOf);

  @Override
  protected AuditTrail trail() {
    return trail;
  }

  @Override
  protected Accounts accounts() {
    return accounts;
  }
}
