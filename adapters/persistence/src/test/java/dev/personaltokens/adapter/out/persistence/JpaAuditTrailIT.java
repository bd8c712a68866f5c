package dev.personaltokens.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.AuditTrailContract;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The AuditTrail contract on MariaDB. */
class JpaAuditTrailIT extends AuditTrailContract {

  @Override
  protected AuditTrail trail() {
    return JpaTransactions.committingEachCall(
        AuditTrail.class, StandaloneDatabase.Stores::auditTrail);
  }

  /** An event is written in the transaction of the change it describes: a rollback takes both. */
  @Test
  void anEventOfATransactionThatRollsBackIsNotKept() {
    AccountId owner = TokenFixtures.newOwner(accounts()).id();
    AuditEvent event =
        new AuditEvent(
            UUID.randomUUID(),
            owner,
            AuditEventType.TOKEN_REVOKED,
            TokenFixtures.T0,
            Origin.NONE,
            null,
            "",
            null);

    assertThatThrownBy(
            () ->
                JpaTransactions.database()
                    .inTransaction(
                        stores -> {
                          stores.auditTrail().record(event);
                          throw new IllegalStateException("the change failed");
                        }))
        .hasMessage("the change failed");

    assertThat(trail().find(owner, Optional.empty(), new PageRequest(1, 10)).items()).isEmpty();
  }

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, StandaloneDatabase.Stores::accounts);
  }
}
