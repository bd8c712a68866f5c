package dev.personaltokens.application.port.in.audit;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.out.AuditFilter;
import dev.personaltokens.application.port.out.InstanceAuditEvent;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;

/**
 * The instance's security log, for admins: every account's events and the admins' own changes,
 * newest first, each naming whose log it is in and who did it.
 */
@ReadsOnly
public interface ListInstanceAuditEventsUseCase {

  Page<InstanceAuditEvent> list(Actor admin, AuditFilter filter, PageRequest page);
}
