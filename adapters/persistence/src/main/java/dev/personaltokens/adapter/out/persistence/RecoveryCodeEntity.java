package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.TokenDigest;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "recovery_codes")
@NamedQuery(
    name = "RecoveryCode.use",
    query = "DELETE FROM RecoveryCodeEntity r WHERE r.digest = :digest AND r.accountId = :account")
@NamedQuery(
    name = "RecoveryCode.count",
    query = "SELECT COUNT(r) FROM RecoveryCodeEntity r WHERE r.accountId = :account")
@NamedQuery(
    name = "RecoveryCode.removeAllOf",
    query = "DELETE FROM RecoveryCodeEntity r WHERE r.accountId = :account")
public class RecoveryCodeEntity {

  @Id
  @Column(name = "digest", length = 64)
  private String digest;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected RecoveryCodeEntity() {}

  RecoveryCodeEntity(TokenDigest digest, AccountId account, Instant createdAt) {
    this.digest = digest.hex();
    this.accountId = account.value();
    this.createdAt = createdAt;
  }
}
