package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.TwoFactors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The database outside the server (the admin CLI, tests). Its {@link #stores()} work as the
 * container's do: on the entity manager of the transaction the calling thread is in, begun by
 * {@link #inTransaction(Supplier)}, committed when the work returns and rolled back when it throws.
 * Callers see the ports only, never JPA.
 */
public final class StandaloneDatabase implements AutoCloseable {

  /** The stores, each call joining the current transaction. */
  public record Stores(
      Accounts accounts,
      PersonalTokens personalTokens,
      Sessions sessions,
      ServiceClients serviceClients,
      ScimTokens scimTokens,
      InstancePolicies instancePolicies,
      AuditTrail auditTrail,
      Notices notices,
      PasswordLinks passwordLinks,
      TwoFactors twoFactors) {}

  private final String url;
  private final String user;
  private final String password;
  private final EntityManagerFactory factory;
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
  private final Stores stores;

  private StandaloneDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
    // A command-line tool reports failures itself; EclipseLink would print them to stdout.
    this.factory =
        StandalonePersistence.open(url, user, password, Map.of("eclipselink.logging.level", "OFF"));
    EntityManager em = currentEntityManager();
    this.stores =
        new Stores(
            new JpaAccounts(em),
            new JpaPersonalTokens(em),
            new JpaSessions(em),
            new JpaServiceClients(em),
            new JpaScimTokens(em),
            new JpaInstancePolicies(em),
            new JpaAuditTrail(em),
            new JpaNotices(em),
            new JpaPasswordLinks(em),
            new JpaTwoFactors(em));
  }

  /** Connects lazily: nothing is opened until the first unit of work. */
  public static StandaloneDatabase open(String url, String user, String password) {
    return new StandaloneDatabase(url, user, password);
  }

  /** The stores; use them inside {@link #inTransaction(Supplier)} only. */
  public Stores stores() {
    return stores;
  }

  /** Runs {@code work} in a transaction; inside one already, it joins it. */
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    EntityManager em = factory.createEntityManager();
    current.set(em);
    try {
      em.getTransaction().begin();
      T result = work.get();
      em.getTransaction().commit();
      return result;
    } finally {
      current.remove();
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** The same, handing the work the stores. */
  public <T> T inTransaction(Function<Stores, T> work) {
    return inTransaction(() -> work.apply(stores));
  }

  /** Brings the schema up to date; returns how many migrations were applied. */
  public int migrate() {
    return DatabaseMigrations.migrate(url, user, password);
  }

  @Override
  public void close() {
    factory.close();
  }

  /**
   * An entity manager that is always the current transaction's, as the container's
   * transaction-scoped one is: the stores are made once and used across transactions.
   */
  private EntityManager currentEntityManager() {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) -> {
              EntityManager em = current.get();
              if (em == null) {
                throw new IllegalStateException("the stores are used outside a transaction");
              }
              try {
                return method.invoke(em, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
