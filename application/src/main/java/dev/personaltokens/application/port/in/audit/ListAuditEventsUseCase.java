package dev.personaltokens.application.port.in.audit;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import java.util.Optional;

/** The owner's security log, newest first, of one type if asked: never another account's. */
@InOneTransaction
public interface ListAuditEventsUseCase {

  Page<AuditEvent> list(AccountId owner, Optional<AuditEventType> type, PageRequest page);
}
