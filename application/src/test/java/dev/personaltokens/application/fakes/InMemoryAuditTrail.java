package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The security log in a list, answering as the table does: newest first, and of events recorded at
 * the same instant the later recorded first.
 */
public final class InMemoryAuditTrail implements AuditTrail {

  private final List<AuditEvent> events = new ArrayList<>();

  @Override
  public synchronized void record(AuditEvent event) {
    events.add(event);
  }

  @Override
  public synchronized Page<AuditEvent> find(
      AccountId account, Optional<AuditEventType> type, PageRequest page) {
    List<AuditEvent> latestRecordedFirst = new ArrayList<>(events);
    Collections.reverse(latestRecordedFirst);
    List<AuditEvent> matching =
        latestRecordedFirst.stream()
            .filter(event -> event.account().equals(account))
            .filter(event -> type.map(wanted -> wanted == event.type()).orElse(true))
            .sorted(Comparator.comparing(AuditEvent::created).reversed()) // stable
            .toList();
    return new Page<>(
        matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
  }

  @Override
  public synchronized int removeOlderThan(Instant cutoff) {
    int before = events.size();
    events.removeIf(event -> event.created().isBefore(cutoff));
    return before - events.size();
  }

  /** Every event recorded, oldest first, to check what a service wrote. */
  public synchronized List<AuditEvent> all() {
    return List.copyOf(events);
  }
}
