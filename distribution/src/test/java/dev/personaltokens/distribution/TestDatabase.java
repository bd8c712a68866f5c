package dev.personaltokens.distribution;

import dev.personaltokens.adapter.out.persistence.JpaAccounts;
import dev.personaltokens.adapter.out.persistence.JpaPersonalTokens;
import dev.personaltokens.adapter.out.persistence.StandalonePersistence;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.service.CreateAccountService;
import dev.personaltokens.distribution.platform.Pbkdf2PasswordHasher;
import dev.personaltokens.distribution.platform.SystemClock;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

/**
 * The database the server under test uses, reached directly the way an operator's tool would: to
 * open more accounts and to plant what the API can't make (an expired token).
 */
final class TestDatabase {

  private static final String URL = System.getProperty("db.url");
  private static final String USER = System.getProperty("db.user", "root");
  private static final String PASSWORD = "unchecked";

  private static EntityManagerFactory factory;

  private TestDatabase() {}

  /** A new account with a random email; its password is {@code password}. */
  static Account newAccount(String password) {
    Email email = new Email("user-" + UUID.randomUUID() + "@it.example.com");
    return inTransaction(
        em ->
            new CreateAccountService(
                    new JpaAccounts(em), new Pbkdf2PasswordHasher(), new SystemClock())
                .create(email, Password.newPassword(password)));
  }

  static <T> T withTokens(Function<PersonalTokens, T> work) {
    return inTransaction(em -> work.apply(new JpaPersonalTokens(em)));
  }

  static <T> T withAccounts(Function<Accounts, T> work) {
    return inTransaction(em -> work.apply(new JpaAccounts(em)));
  }

  static Connection connection() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  private static synchronized <T> T inTransaction(Function<EntityManager, T> work) {
    if (factory == null) {
      factory = StandalonePersistence.open(URL, USER, PASSWORD);
    }
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }
}
