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

  @Override
  public Optional<Account> add(Email email, PasswordHash passwordHash, Instant created) {
    if (findByEmail(email).isPresent()) {
      return Optional.empty();
    }
    AccountEntity entity = new AccountEntity(email.value(), passwordHash.encoded(), created);
    em.persist(entity);
    em.flush(); // the database hands out the id
    return Optional.of(toDomain(entity));
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return Optional.ofNullable(em.find(AccountEntity.class, id.value())).map(JpaAccounts::toDomain);
  }

  @Override
  public Optional<Account> findByEmail(Email email) {
    return em.createNamedQuery("Account.byEmail", AccountEntity.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst()
        .map(JpaAccounts::toDomain);
  }

  @Override
  public boolean isEmpty() {
    return em.createNamedQuery("Account.anyId", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void changePasswordHash(AccountId id, PasswordHash passwordHash) {
    em.createNamedQuery("Account.changePasswordHash")
        .setParameter("hash", passwordHash.encoded())
        .setParameter("id", id.value())
        .executeUpdate();
  }

  private static Account toDomain(AccountEntity entity) {
    return new Account(
        new AccountId(entity.id()),
        new Email(entity.email()),
        new PasswordHash(entity.passwordHash()),
        entity.createdAt());
  }
}
