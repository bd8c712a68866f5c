package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import dev.personaltokens.domain.twofactor.TwoFactor;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every change is one conditional statement whose count of rows says whether it happened: InnoDB
 * locks the row, and a concurrent second change, once the first commits, finds its condition no
 * longer true.
 */
public class JpaTwoFactors implements TwoFactors {

  /** Reads take the row as it is now: the changes are bulk updates (see {@code JpaAccounts}). */
  private static final Map<String, Object> FRESH =
      Map.of("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);

  private final EntityManager em;

  public JpaTwoFactors(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<TwoFactor> find(AccountId account) {
    return Optional.ofNullable(em.find(TwoFactorEntity.class, account.value(), FRESH))
        .map(TwoFactorEntity::toDomain);
  }

  /** The pending row goes, then the primary key decides: an enabled row makes the insert none. */
  @Override
  public boolean begin(TwoFactor pending) {
    em.createNamedQuery("TwoFactor.removePending")
        .setParameter("account", pending.account().value())
        .executeUpdate();
    return em.createNativeQuery(
                "INSERT IGNORE INTO two_factor (account_id, secret, created_at) VALUES (?, ?, ?)")
            .setParameter(1, pending.account().value())
            .setParameter(2, pending.secret().base32())
            .setParameter(3, new InstantConverter().convertToDatabaseColumn(pending.created()))
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean enable(
      AccountId account,
      TotpSecret secret,
      TimeStep step,
      List<TokenDigest> recoveryCodes,
      Instant at) {
    int enabled =
        em.createNamedQuery("TwoFactor.enable")
            .setParameter("at", at)
            .setParameter("step", step.number())
            .setParameter("account", account.value())
            .setParameter("secret", secret.base32())
            .executeUpdate();
    if (enabled != 1) {
      return false;
    }
    removeRecoveryCodes(account);
    recoveryCodes.forEach(code -> em.persist(new RecoveryCodeEntity(code, account, at)));
    return true;
  }

  @Override
  public boolean use(AccountId account, TimeStep step) {
    return em.createNamedQuery("TwoFactor.use")
            .setParameter("step", step.number())
            .setParameter("account", account.value())
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean useRecoveryCode(AccountId account, TokenDigest code) {
    return em.createNamedQuery("RecoveryCode.use")
            .setParameter("digest", code.hex())
            .setParameter("account", account.value())
            .executeUpdate()
        == 1;
  }

  @Override
  public int recoveryCodesLeft(AccountId account) {
    return em.createNamedQuery("RecoveryCode.count", Long.class)
        .setParameter("account", account.value())
        .getSingleResult()
        .intValue();
  }

  @Override
  public void remove(AccountId account) {
    removeRecoveryCodes(account);
    em.createNamedQuery("TwoFactor.remove")
        .setParameter("account", account.value())
        .executeUpdate();
  }

  private void removeRecoveryCodes(AccountId account) {
    em.createNamedQuery("RecoveryCode.removeAllOf")
        .setParameter("account", account.value())
        .executeUpdate();
  }
}
