package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.AuditTrail;
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

  @Override
  public int removeOlderThan(Instant cutoff) {
    return em.createNamedQuery("AuditEvent.removeOlderThan")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
