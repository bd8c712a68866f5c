package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.audit.TokenReference;
import dev.personaltokens.domain.token.TokenHint;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public class JpaAuditTrail implements AuditTrail {

  private final EntityManager em;

  public JpaAuditTrail(EntityManager em) {
    this.em = em;
  }

  @Override
  public void record(AuditEvent event) {
    TokenReference token = event.token();
    em.persist(
        new AuditEventEntity(
            event.id().toString(),
            event.account().value(),
            event.type().code(),
            event.created(),
            event.origin().address(),
            event.origin().userAgent(),
            token == null ? null : token.id().toString(),
            token == null ? null : token.name().value(),
            token == null ? null : token.hint().value(),
            event.detail()));
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
            .map(JpaAuditTrail::toDomain)
            .toList();
    return new Page<>(items, total, page);
  }

  @Override
  public int removeOlderThan(Instant cutoff) {
    return em.createNamedQuery("AuditEvent.removeOlderThan")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  private static AuditEvent toDomain(AuditEventEntity entity) {
    TokenReference token =
        entity.tokenId() == null
            ? null
            : new TokenReference(
                new TokenId(UUID.fromString(entity.tokenId())),
                new TokenName(entity.tokenName()),
                new TokenHint(entity.tokenHint()));
    return new AuditEvent(
        UUID.fromString(entity.id()),
        new AccountId(entity.accountId()),
        AuditEventType.fromCode(entity.type()),
        entity.createdAt(),
        new Origin(entity.ip(), entity.userAgent()),
        token,
        entity.detail());
  }
}
