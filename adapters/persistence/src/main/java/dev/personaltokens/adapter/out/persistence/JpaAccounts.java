package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

public class JpaAccounts implements Accounts {

  private final EntityManager em;

  public JpaAccounts(EntityManager em) {
    this.em = em;
  }

  /**
   * The unique key on the email decides, not a look first: of concurrent additions of one email,
   * one inserts the row and the others insert nothing (they wait on the key, then find it taken).
   */
  @Override
  public Optional<Account> add(Email email, PasswordHash passwordHash, Instant created) {
    int inserted =
        em.createNativeQuery(
                "INSERT IGNORE INTO accounts (email, password_hash, created_at) VALUES (?, ?, ?)")
            .setParameter(1, email.value())
            .setParameter(2, passwordHash.encoded())
            .setParameter(3, new InstantConverter().convertToDatabaseColumn(created))
            .executeUpdate();
    if (inserted == 0) {
      return Optional.empty();
    }
    claimFirstStart();
    return findByEmail(email);
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return Optional.ofNullable(em.find(AccountEntity.class, id.value()))
        .map(AccountEntity::toDomain);
  }

  @Override
  public Optional<Account> findByEmail(Email email) {
    return em.createNamedQuery("Account.byEmail", AccountEntity.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst()
        .map(AccountEntity::toDomain);
  }

  /** One row's key, claimed by an insert that waits for a concurrent one to commit or roll back. */
  @Override
  public boolean claimFirstStart() {
    return em.createNativeQuery("INSERT IGNORE INTO first_start (id) VALUES (1)").executeUpdate()
        == 1;
  }

  @Override
  public void changePasswordHash(AccountId id, PasswordHash passwordHash) {
    em.createNamedQuery("Account.changePasswordHash")
        .setParameter("hash", passwordHash.encoded())
        .setParameter("id", id.value())
        .executeUpdate();
  }
}
