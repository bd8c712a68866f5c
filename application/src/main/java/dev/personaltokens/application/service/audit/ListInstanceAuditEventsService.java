package dev.personaltokens.application.service.audit;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.audit.ListInstanceAuditEventsUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AuditFilter;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.InstanceAuditEvent;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;

public final class ListInstanceAuditEventsService implements ListInstanceAuditEventsUseCase {

  private final AuditTrail trail;
  private final Admins admins;

  public ListInstanceAuditEventsService(AuditTrail trail, Accounts accounts) {
    this.trail = trail;
    this.admins = new Admins(accounts);
  }

  @Override
  public Page<InstanceAuditEvent> list(Actor admin, AuditFilter filter, PageRequest page) {
    admins.require(admin);
    return trail.findAll(filter, page);
  }
}
