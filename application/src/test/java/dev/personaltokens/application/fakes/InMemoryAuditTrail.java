package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.AuditFilter;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.InstanceAuditEvent;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The security log in a list, answering as the table does: newest first, and of events recorded at
 * the same instant the later recorded first.
 */
public final class InMemoryAuditTrail implements AuditTrail {

  private final List<AuditEvent> events = new ArrayList<>();
  private final Function<AccountId, Email> accountEmails;

  /** Over the accounts whose emails the instance's log names, as the table joins them. */
  public InMemoryAuditTrail(Function<AccountId, Email> accountEmails) {
    this.accountEmails = accountEmails;
  }

  @Override
  public synchronized void record(AuditEvent event) {
    events.add(event);
  }

  @Override
  public Page<AuditEvent> find(AccountId account, Optional<AuditEventType> type, PageRequest page) {
    List<AuditEvent> matching =
        newestFirst(
            event ->
                event.account().equals(account)
                    && type.map(wanted -> wanted == event.type()).orElse(true));
    return new Page<>(
        matching.stream().skip(page.offset()).limit(page.size()).toList(), matching.size(), page);
  }

  @Override
  public Page<InstanceAuditEvent> findAll(AuditFilter filter, PageRequest page) {
    List<AuditEvent> matching =
        newestFirst(
            event ->
                filter.type().map(wanted -> wanted == event.type()).orElse(true)
                    && filter.account().map(event.account()::equals).orElse(true)
                    && filter.actor().map(actor -> isBy(event, actor)).orElse(true)
                    && filter.since().map(since -> !event.created().isBefore(since)).orElse(true)
                    && filter.until().map(event.created()::isBefore).orElse(true));
    List<InstanceAuditEvent> items =
        matching.stream()
            .skip(page.offset())
            .limit(page.size())
            .map(event -> new InstanceAuditEvent(event, accountEmails.apply(event.account())))
            .toList();
    return new Page<>(items, matching.size(), page);
  }

  private static boolean isBy(AuditEvent event, AccountId admin) {
    return event.actor() != null && admin.equals(event.actor().admin());
  }

  /**
   * The events {@code which} lets through, newest first, of one instant the later recorded first.
   */
  private synchronized List<AuditEvent> newestFirst(Predicate<AuditEvent> which) {
    List<AuditEvent> latestRecordedFirst = new ArrayList<>(events);
    Collections.reverse(latestRecordedFirst);
    return latestRecordedFirst.stream()
        .filter(which)
        .sorted(Comparator.comparing(AuditEvent::created).reversed()) // stable
        .toList();
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
