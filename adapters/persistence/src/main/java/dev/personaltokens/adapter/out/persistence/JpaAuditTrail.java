package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.AuditFilter;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.InstanceAuditEvent;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

public class JpaAuditTrail implements AuditTrail {

  private final EntityManager em;

  public JpaAuditTrail(EntityManager em) {
    this.em = em;
  }

  @Override
  public void record(AuditEvent event) {
    em.persist(AuditEventEntity.from(event));
  }

  @Override
  public Page<AuditEvent> find(AccountId account, Optional<AuditEventType> type, PageRequest page) {
    String code = type.map(AuditEventType::code).orElse(null);
    long total =
        em.createNamedQuery("AuditEvent.countOfAccount", Long.class)
            .setParameter("account", account.value())
            .setParameter("type", code)
            .getSingleResult();
    var items =
        em.createNamedQuery("AuditEvent.ofAccount", AuditEventEntity.class)
            .setParameter("account", account.value())
            .setParameter("type", code)
            .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
            .setMaxResults(page.size())
            .getResultStream()
            .map(AuditEventEntity::toDomain)
            .toList();
    return new Page<>(items, total, page);
  }

  /**
   * A page reads an index newest first and stops at its end: by instant unfiltered (Flyway V4), or
   * that of its type, account or admin (V9, V4, V8). The account's email is a subquery for each
   * event of the page, not a join, as for the inventory (JpaPersonalTokens.findLive): so that the
   * events are read first whatever MariaDB makes of the accounts (InstanceLogAtScaleIT shows the
   * plans).
   */
  @Override
  public Page<InstanceAuditEvent> findAll(AuditFilter filter, PageRequest page) {
    Conditions matching =
        new Conditions()
            .and("e.type = :type", "type", filter.type().map(AuditEventType::code))
            .and("e.accountId = :account", "account", filter.account().map(AccountId::value))
            .and("e.actorAccountId = :actor", "actor", filter.actor().map(AccountId::value))
            .and("e.createdAt >= :since", "since", filter.since())
            .and("e.createdAt < :until", "until", filter.until());
    return matching.pageWithEmail(
        em,
        AuditEventEntity.class,
        "e",
        "e.createdAt DESC, e.seq DESC",
        page,
        (event, email) -> new InstanceAuditEvent(event.toDomain(), email));
  }

  @Override
  public int removeOlderThan(Instant cutoff) {
    return em.createNamedQuery("AuditEvent.removeOlderThan")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
