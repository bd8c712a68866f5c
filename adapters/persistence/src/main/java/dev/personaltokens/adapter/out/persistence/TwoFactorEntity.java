package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import dev.personaltokens.domain.twofactor.TwoFactor;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "two_factor")
@NamedQuery(
    name = "TwoFactor.removePending",
    query = "DELETE FROM TwoFactorEntity t WHERE t.accountId = :account AND t.enabledAt IS NULL")
@NamedQuery(
    name = "TwoFactor.enable",
    query =
        "UPDATE TwoFactorEntity t SET t.enabledAt = :at, t.lastStep = :step"
            + " WHERE t.accountId = :account AND t.secret = :secret AND t.enabledAt IS NULL")
@NamedQuery(
    name = "TwoFactor.use",
    query =
        "UPDATE TwoFactorEntity t SET t.lastStep = :step"
            + " WHERE t.accountId = :account AND t.enabledAt IS NOT NULL"
            + " AND (t.lastStep IS NULL OR t.lastStep < :step)")
@NamedQuery(
    name = "TwoFactor.remove",
    query = "DELETE FROM TwoFactorEntity t WHERE t.accountId = :account")
public class TwoFactorEntity {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Column(name = "secret", nullable = false, length = 32)
  private String secret;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "enabled_at")
  private Instant enabledAt;

  @Column(name = "last_step")
  private Long lastStep;

  protected TwoFactorEntity() {}

  /** Rows are added by a native insert ({@code JpaTwoFactors.begin}): read only, as this. */
  TwoFactor toDomain() {
    return new TwoFactor(
        new AccountId(accountId),
        TotpSecret.fromBase32(secret),
        createdAt,
        enabledAt,
        lastStep == null ? null : new TimeStep(lastStep));
  }
}
