package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PasswordLink;
import dev.personaltokens.domain.token.TokenDigest;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "password_links")
@NamedQuery(
    name = "PasswordLink.remove",
    query = "DELETE FROM PasswordLinkEntity l WHERE l.digest = :digest")
@NamedQuery(
    name = "PasswordLink.removeAllOf",
    query = "DELETE FROM PasswordLinkEntity l WHERE l.accountId = :account")
@NamedQuery(
    name = "PasswordLink.removeExpired",
    query = "DELETE FROM PasswordLinkEntity l WHERE l.expiresAt < :instant")
public class PasswordLinkEntity {

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

  protected PasswordLinkEntity() {}

  static PasswordLinkEntity from(PasswordLink link) {
    return new PasswordLinkEntity(
        link.digest().hex(), link.account().value(), link.created(), link.expires());
  }

  PasswordLink toDomain() {
    return new PasswordLink(
        new TokenDigest(digest), new AccountId(accountId), createdAt, expiresAt);
  }

  private PasswordLinkEntity(String digest, long accountId, Instant createdAt, Instant expiresAt) {
    this.digest = digest;
    this.accountId = accountId;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }
}
