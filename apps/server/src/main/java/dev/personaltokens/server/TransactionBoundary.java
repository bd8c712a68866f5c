package dev.personaltokens.server;

import dev.personaltokens.adapter.out.persistence.database.DatabaseOutage;
import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.UseCaseDecorator;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.in.UnavailableException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where transactions begin and end: around one use case call. The core stays free of annotations; a
 * runtime exception rolls the transaction back - except a refused authentication, which changes
 * nothing but the security log's entry of a wrong password, and that entry must stay.
 *
 * <p>A use case that only reads ({@link ReadsOnly}: the verifications) runs without a transaction:
 * on a request the node cache answers, it then costs nothing here. So does one that runs its writes
 * in transactions of their own ({@code OwnTransactions}: signing in, whose password hash must hold
 * no connection); each of those writes comes through here as a call of its own.
 *
 * <p>A call that fails because the database can't be reached - on the way, or at the commit - is
 * {@link UnavailableException} (503 with Retry-After), whatever the use case: the failure is caught
 * outside the transaction, so a commit that did not happen is never answered as a success. Before
 * that, a call runs again, a few times within its first half second, whenever that is safe: when
 * nothing it did was committed - a deadlock's victim, a COMMIT refused (a Galera certification
 * conflict), a connection lost before the COMMIT (a database node that died or hung: the next
 * connection goes to another) - and, for a call declared {@link InOneTransaction#idempotent()},
 * also when a COMMIT broke off and may or may not have taken effect.
 */
public class TransactionBoundary implements UseCaseDecorator {

  /** How a use case runs, as its interface declares, looked up once per use case. */
  private static final ClassValue<Runs> RUNS =
      new ClassValue<>() {
        @Override
        protected Runs computeValue(Class<?> useCase) {
          InOneTransaction transaction = useCase.getAnnotation(InOneTransaction.class);
          if (transaction != null) {
            return transaction.idempotent() ? Runs.IDEMPOTENT_TRANSACTION : Runs.TRANSACTION;
          }
          return useCase.isAnnotationPresent(ReadsOnly.class) ? Runs.READS : Runs.OWN_STEPS;
        }
      };

  /**
   * One that declares nothing gets no transaction and is not run again; {@code UseCasesTest} makes
   * every use case declare how it runs.
   */
  private enum Runs {
    TRANSACTION,
    IDEMPOTENT_TRANSACTION,
    READS,
    /** Its own steps come through here and run again each; the call as a whole may not. */
    OWN_STEPS
  }

  /**
   * How many times a call runs at most: two writers crossing (a revoke-all and a node's last-used
   * batch) or a database node lost should not cost the client a 503 - nor writers that keep
   * crossing, as creates of one account through two Galera nodes at once do on its kept count,
   * where each round has one loser.
   */
  static final int ATTEMPTS = 5;

  /**
   * No attempt starts later than this after the call began, so that a database that is down or hung
   * still answers 503 within 2 seconds: one attempt can take 1.5 s - the pool waits a second for a
   * connection to lend, and a read or a commit on a hung one gives up after half a second. (With a
   * second here, a Galera node paused under load held one call 2.5 s.) Deadlocks and connections
   * refused fail in milliseconds, so those run again within it a few times.
   */
  static final long RETRY_WINDOW_NANOS = 500_000_000L;

  private final Transaction transaction;

  /** The monotonic clock the retry window is measured on; a test's own. */
  LongSupplier nanoTime = System::nanoTime;

  /**
   * Made by {@link UseCaseProducers} as a plain object, not a bean: every use case call passes
   * here, and an application-scoped bean's client proxy looked Weld's container up on each.
   */
  TransactionBoundary(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public <T> T around(UseCaseCall call, Supplier<T> work) {
    Runs runs = RUNS.get(call.useCase());
    long began = nanoTime.getAsLong();
    for (int attempt = 1; ; attempt++) {
      try {
        return runs == Runs.TRANSACTION || runs == Runs.IDEMPOTENT_TRANSACTION
            ? transaction.run(work)
            : work.get();
      } catch (RuntimeException failure) {
        if (attempt < ATTEMPTS
            && nanoTime.getAsLong() - began < RETRY_WINDOW_NANOS
            && mayRunAgain(runs, failure)) {
          DatabaseOutage.pauseBeforeRetry(attempt);
          continue;
        }
        if (DatabaseOutage.isCauseOf(failure) || failedAtCommit(failure)) {
          DatabaseOutage.note(failure);
          throw new UnavailableException();
        }
        throw failure;
      }
    }
  }

  private static boolean mayRunAgain(Runs runs, RuntimeException failure) {
    if (DatabaseOutage.isDeadlock(failure) || rolledBackAtCommit(failure)) {
      return true;
    }
    if (failure instanceof TransactionalException) {
      // The COMMIT itself broke off: whether it took effect is unknown.
      return runs == Runs.IDEMPOTENT_TRANSACTION
          && (failedAtCommit(failure) || DatabaseOutage.isCauseOf(failure));
    }
    // The connection was lost before any COMMIT was sent: nothing of the call was committed.
    return runs != Runs.OWN_STEPS && DatabaseOutage.isCauseOf(failure);
  }

  /**
   * The transaction manager rolled back instead of committing (the database refused the COMMIT,
   * e.g. a Galera node's certification conflict with another node's commit, or the writes the
   * COMMIT flushes failed): nothing was written, so the whole call may run again. The manager keeps
   * no cause to tell more.
   */
  private static boolean rolledBackAtCommit(Throwable failure) {
    return failure instanceof TransactionalException
        && failure.getCause() instanceof RollbackException;
  }

  /**
   * The COMMIT itself failed (the connection broke during it): whether it took effect is unknown,
   * so the call is not run again unless it is idempotent, and the client is told to retry later -
   * never a 500.
   */
  private static boolean failedAtCommit(Throwable failure) {
    return failure instanceof TransactionalException
        && (failure.getCause() instanceof SystemException
            || failure.getCause() instanceof HeuristicMixedException
            || failure.getCause() instanceof HeuristicRollbackException);
  }

  /** A bean of its own: the interceptor applies to calls from outside the bean only. */
  @ApplicationScoped
  static class Transaction {

    @Transactional(dontRollbackOn = AuthenticationException.class)
    <T> T run(Supplier<T> work) {
      return work.get();
    }
  }
}
