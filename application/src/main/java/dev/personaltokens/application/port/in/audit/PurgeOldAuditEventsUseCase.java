package dev.personaltokens.application.port.in.audit;

import dev.personaltokens.application.port.in.InOneTransaction;

/** Deletes the security-log events older than the retention (PTK_AUDIT_RETENTION); how many. */
@InOneTransaction
public interface PurgeOldAuditEventsUseCase {

  int purge();
}
