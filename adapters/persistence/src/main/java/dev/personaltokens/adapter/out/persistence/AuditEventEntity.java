package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEvent;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.audit.TokenReference;
import dev.personaltokens.domain.token.TokenHint;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "audit_events")
@NamedQuery(
    name = "AuditEvent.ofAccount",
    query =
        "SELECT e FROM AuditEventEntity e WHERE e.accountId = :account"
            + " AND (:type IS NULL OR e.type = :type)"
            + " ORDER BY e.createdAt DESC, e.seq DESC")
@NamedQuery(
    name = "AuditEvent.countOfAccount",
    query =
        "SELECT COUNT(e) FROM AuditEventEntity e WHERE e.accountId = :account"
            + " AND (:type IS NULL OR e.type = :type)")
@NamedQuery(
    name = "AuditEvent.removeOlderThan",
    query = "DELETE FROM AuditEventEntity e WHERE e.createdAt < :cutoff")
public class AuditEventEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "seq")
  private Long seq;

  @Column(name = "id", columnDefinition = "UUID", nullable = false)
  private String id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "type", nullable = false, length = 32)
  private String type;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "ip", length = 45)
  private String ip;

  @Column(name = "user_agent", length = 255)
  private String userAgent;

  @Column(name = "token_id", columnDefinition = "UUID")
  private String tokenId;

  @Column(name = "token_name", length = 100)
  private String tokenName;

  @Column(name = "token_hint", length = 16)
  private String tokenHint;

  @Column(name = "detail", nullable = false, length = 255)
  private String detail;

  @Column(name = "actor_account_id")
  private Long actorAccountId;

  @Column(name = "actor_email", length = 254)
  private String actorEmail;

  @Column(name = "actor_operator", length = 255)
  private String actorOperator;

  protected AuditEventEntity() {}

  static AuditEventEntity from(AuditEvent event) {
    TokenReference token = event.token();
    AuditActor actor = event.actor();
    return new AuditEventEntity(
        event.id().toString(),
        event.account().value(),
        event.type().code(),
        event.created(),
        event.origin().address(),
        event.origin().userAgent(),
        token == null ? null : token.id().toString(),
        token == null ? null : token.name().value(),
        token == null ? null : token.hint().value(),
        event.detail(),
        actor == null || actor.admin() == null ? null : actor.admin().value(),
        actor == null ? null : actor.adminEmail(),
        actor == null ? null : actor.operator());
  }

  AuditEvent toDomain() {
    TokenReference token =
        tokenId == null
            ? null
            : new TokenReference(
                new TokenId(UUID.fromString(tokenId)),
                new TokenName(tokenName),
                new TokenHint(tokenHint));
    return new AuditEvent(
        UUID.fromString(id),
        new AccountId(accountId),
        AuditEventType.fromCode(type),
        createdAt,
        new Origin(ip, userAgent),
        token,
        detail,
        actor());
  }

  private AuditActor actor() {
    if (actorOperator != null) {
      return AuditActor.operator(actorOperator);
    }
    return actorAccountId == null
        ? null
        : new AuditActor(new AccountId(actorAccountId), actorEmail, null);
  }

  private AuditEventEntity(
      String id,
      long accountId,
      String type,
      Instant createdAt,
      String ip,
      String userAgent,
      String tokenId,
      String tokenName,
      String tokenHint,
      String detail,
      Long actorAccountId,
      String actorEmail,
      String actorOperator) {
    this.id = id;
    this.accountId = accountId;
    this.type = type;
    this.createdAt = createdAt;
    this.ip = ip;
    this.userAgent = userAgent;
    this.tokenId = tokenId;
    this.tokenName = tokenName;
    this.tokenHint = tokenHint;
    this.detail = detail;
    this.actorAccountId = actorAccountId;
    this.actorEmail = actorEmail;
    this.actorOperator = actorOperator;
  }

  String id() {
    return id;
  }
}
