package dev.personaltokens.adapter.out.persistence.database;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;

/**
 * Tells a database that can't be reached (down, hung, no connection to lend) from a failure of the
 * statement itself, and says so in the log once in a while rather than once per refused request.
 */
public final class DatabaseOutage {

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

  /** Where Payara's connection pool lives, in the stack of what it throws. */
  private static final String PAYARA_POOL = "com.sun.enterprise.resource.pool.";

  private static final long QUIET_NANOS = 10_000_000_000L;
  private static final AtomicLong lastNoted = new AtomicLong(System.nanoTime() - QUIET_NANOS);
  private static final AtomicLong refused = new AtomicLong();

  private DatabaseOutage() {}

  public static boolean isCauseOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof ResourceException
          || isConnectionFailure(cause)
          || isThePoolFailingToLend(cause)) {
        return true;
      }
    }
    return false;
  }

  /**
   * MariaDB's words for error 1213 (SQLState 40001), all that is left of it when the COMMIT itself
   * gets it: Payara's transaction manager turns the driver's exception into an {@link XAException}
   * that keeps its text but not its cause.
   */
  private static final String DEADLOCK = "Deadlock found when trying to get lock";

  /**
   * Whether the database rolled the transaction back as a deadlock's victim (SQLState 40001) -
   * which is also how a Galera node refuses a transaction that conflicts with one another node
   * committed first, at any statement or at the COMMIT: the whole transaction may run again.
   */
  public static boolean isDeadlock(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof SQLTransactionRollbackException
          || (cause instanceof SQLException sql && "40001".equals(sql.getSQLState()))
          || (cause instanceof XAException
              && String.valueOf(cause.getMessage()).contains(DEADLOCK))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A few milliseconds, more after each attempt and at random, so that the two don't cross again.
   */
  public static void pauseBeforeRetry(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isConnectionFailure(Throwable cause) {
    if (!(cause instanceof SQLException sql)) {
      return false;
    }
    String state = sql.getSQLState();
    return sql instanceof SQLTransientException
        || sql instanceof SQLRecoverableException
        || sql instanceof SQLNonTransientConnectionException
        || (state != null && state.startsWith("08"));
  }

  /**
   * Payara's pool, dropping all its connections after a broken one (fail-all-connections) on two
   * threads at once, can throw a bare IllegalStateException of its own out of getConnection() -
   * "Task already scheduled or cancelled", both rescheduling its resizer - with no SQL cause. Seen
   * when a Galera node was killed under load (GaleraFaultsIT): a connection the pool could not lend
   * is the database out of reach, whatever the pool threw.
   */
  private static boolean isThePoolFailingToLend(Throwable cause) {
    return cause instanceof IllegalStateException
        && Arrays.stream(cause.getStackTrace())
            .anyMatch(frame -> frame.getClassName().startsWith(PAYARA_POOL));
  }

  private static Throwable next(Throwable failure) {
    Throwable cause = failure.getCause();
    if (cause == null && failure instanceof SQLException sql) {
      cause = sql.getNextException();
    }
    return cause == failure ? null : cause;
  }

  /** One line at most every ten seconds, with how many calls were refused since the last. */
  public static void note(Throwable failure) {
    long count = refused.incrementAndGet();
    long now = System.nanoTime();
    long last = lastNoted.get();
    if (now - last >= QUIET_NANOS && lastNoted.compareAndSet(last, now)) {
      refused.addAndGet(-count);
      LOG.warning(
          () ->
              "The database can't be reached; "
                  + count
                  + " call(s) answered 503. "
                  + root(failure));
    }
  }

  private static String root(Throwable failure) {
    Throwable root = failure;
    while (next(root) != null) {
      root = next(root);
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
