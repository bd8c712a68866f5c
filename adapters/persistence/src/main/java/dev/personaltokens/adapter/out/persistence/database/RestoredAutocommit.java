package dev.personaltokens.adapter.out.persistence.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection that is back in autocommit mode after a COMMIT or ROLLBACK that failed. Payara's
 * local transactions turn autocommit back on only after one that succeeded, and a Galera node
 * refuses a COMMIT that conflicts with another node's (or the ROLLBACK that follows such a
 * conflict) on a connection that stays up: the pool then lent it again with autocommit off, and
 * every read on it outside a transaction - the verifications' - read one old snapshot, in which a
 * token revoked since was live and a new session unknown. wsrep_sync_wait could not help: it waits
 * when a transaction begins, and that one never ended.
 */
final class RestoredAutocommit {

  private RestoredAutocommit() {}

  static Connection around(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "equals":
                  return proxy == args[0];
                case "hashCode":
                  return System.identityHashCode(proxy);
                default:
                  break;
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                Throwable failure = e.getCause();
                if (failure instanceof SQLException && endsTransaction(method.getName(), args)) {
                  restore(connection, failure);
                }
                throw failure;
              }
            });
  }

  private static boolean endsTransaction(String method, Object[] args) {
    return (method.equals("commit") || method.equals("rollback")) && args == null;
  }

  /** Nothing stays open on it: a refused COMMIT was rolled back by the database already. */
  private static void restore(Connection connection, Throwable failure) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException broken) {
      // The connection is gone too; the pool drops it.
      failure.addSuppressed(broken);
    }
  }
}
