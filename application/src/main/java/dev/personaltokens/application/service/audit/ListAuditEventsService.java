package dev.personaltokens.application.service.audit;

import dev.personaltokens.application.port.in.audit.ListAuditEventsUseCase;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import java.util.Optional;

public final class ListAuditEventsService implements ListAuditEventsUseCase {

  private final AuditTrail trail;

  public ListAuditEventsService(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public Page<AuditEvent> list(AccountId owner, Optional<AuditEventType> type, PageRequest page) {
    return trail.find(owner, type, page);
  }
}
