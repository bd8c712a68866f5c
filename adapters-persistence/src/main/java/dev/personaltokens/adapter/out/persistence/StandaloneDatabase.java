package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.function.Function;

/**
 * The database outside the server (the admin CLI, tests): each unit of work gets the stores in a
 * resource-local transaction of its own, committed when the work returns and rolled back when it
 * throws. Callers see the ports only, never JPA.
 */
public final class StandaloneDatabase implements AutoCloseable {

  /** The stores of one transaction. */
  public record Stores(Accounts accounts, PersonalTokens personalTokens, Sessions sessions) {}

  private final String url;
  private final String user;
  private final String password;
  private final EntityManagerFactory factory;

  private StandaloneDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
    // A command-line tool reports failures itself; EclipseLink would print them to stdout.
    this.factory =
        StandalonePersistence.open(url, user, password, Map.of("eclipselink.logging.level", "OFF"));
  }

  /** Connects lazily: nothing is opened until the first unit of work. */
  public static StandaloneDatabase open(String url, String user, String password) {
    return new StandaloneDatabase(url, user, password);
  }

  public <T> T inTransaction(Function<Stores, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result =
          work.apply(
              new Stores(new JpaAccounts(em), new JpaPersonalTokens(em), new JpaSessions(em)));
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Brings the schema up to date; returns how many migrations were applied. */
  public int migrate() {
    return DatabaseMigrations.migrate(url, user, password);
  }

  @Override
  public void close() {
    factory.close();
  }
}
