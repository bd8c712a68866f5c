package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDigest;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sessions")
@NamedQuery(name = "Session.remove", query = "DELETE FROM SessionEntity s WHERE s.digest = :digest")
@NamedQuery(
    name = "Session.removeAllOf",
    query = "DELETE FROM SessionEntity s WHERE s.accountId = :account")
@NamedQuery(
    name = "Session.removeOthersOf",
    query = "DELETE FROM SessionEntity s WHERE s.accountId = :account AND s.digest <> :kept")
@NamedQuery(
    name = "Session.removeExpired",
    query = "DELETE FROM SessionEntity s WHERE s.expiresAt < :instant")
public class SessionEntity {

  @Id
  @Column(name = "digest", length = 64)
  private String digest;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected SessionEntity() {}

  static SessionEntity from(Session session) {
    return new SessionEntity(
        session.digest().hex(), session.account().value(), session.created(), session.expiresAt());
  }

  Session toDomain() {
    return new Session(new TokenDigest(digest), new AccountId(accountId), createdAt, expiresAt);
  }

  private SessionEntity(String digest, long accountId, Instant createdAt, Instant expiresAt) {
    this.digest = digest;
    this.accountId = accountId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  String digest() {
    return digest;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
