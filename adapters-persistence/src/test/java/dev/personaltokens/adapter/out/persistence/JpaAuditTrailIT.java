package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.AuditTrailContract;

/** The AuditTrail contract on MariaDB. */
class JpaAuditTrailIT extends AuditTrailContract {

  @Override
  protected AuditTrail trail() {
    return JpaTransactions.committingEachCall(
        AuditTrail.class, StandaloneDatabase.Stores::auditTrail);
  }

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, StandaloneDatabase.Stores::accounts);
  }
}
