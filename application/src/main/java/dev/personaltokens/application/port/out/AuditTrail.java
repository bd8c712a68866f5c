package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import java.time.Instant;
import java.util.Optional;

/** Every account's security log, written in the transaction of the change each entry describes. */
public interface AuditTrail {

  void record(AuditEvent event);

  /** One page of the account's events, newest first, of one type if {@code type} is present. */
  Page<AuditEvent> find(AccountId account, Optional<AuditEventType> type, PageRequest page);

  /**
   * One page of every account's events, newest first, that {@code filter} lets through, each with
   * the email of the account whose log it is in.
   */
  Page<InstanceAuditEvent> findAll(AuditFilter filter, PageRequest page);

  /** Deletes the events, of every account, recorded before {@code cutoff}; returns how many. */
  int removeOlderThan(Instant cutoff);
}
