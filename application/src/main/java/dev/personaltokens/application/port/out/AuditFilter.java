package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import java.time.Instant;
import java.util.Optional;

/**
 * What narrows the instance's security log; every part optional.
 *
 * @param account only the events of this account's log
 * @param actor only what this admin did
 * @param since only events at or after this
 * @param until only events before this
 */
public record AuditFilter(
    Optional<AuditEventType> type,
    Optional<AccountId> account,
    Optional<AccountId> actor,
    Optional<Instant> since,
    Optional<Instant> until) {

  public static final AuditFilter ALL =
      new AuditFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
