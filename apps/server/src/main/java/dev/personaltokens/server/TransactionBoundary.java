package dev.personaltokens.server;

import dev.personaltokens.adapter.out.persistence.database.DatabaseOutage;
import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.UseCaseDecorator;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.in.UnavailableException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.util.function.Supplier;

/**
 * Where transactions begin and end: around one use case call. The core stays free of annotations; a
 * runtime exception rolls the transaction back - except a refused authentication, which changes
 * nothing but the security log's entry of a wrong password, and that entry must stay.
 *
 * <p>A use case that only reads ({@link ReadsOnly}: the verifications) runs without a transaction:
 * on a request the node cache answers, it then costs nothing here. So does one that runs its writes
 * in transactions of its own ({@link OwnTransactions}: signing in, whose password hash must hold no
 * connection); each of those writes comes through here as a call of its own.
 *
 * <p>A call that fails because the database can't be reached - on the way, or at the commit - is
 * {@link UnavailableException} (503 with Retry-After), whatever the use case: the failure is caught
 * outside the transaction, so a commit that did not happen is never answered as a success. A call
 * whose transaction the database rolled back whole - a deadlock's victim, or a COMMIT refused (a
 * Galera certification conflict) - runs again, a few times.
 */
@ApplicationScoped
public class TransactionBoundary implements UseCaseDecorator {

  /**
   * Whether a use case runs in a transaction, as its interface declares ({@link InOneTransaction}),
   * looked up once per use case. One that declares nothing gets none: {@code UseCasesTest} makes
   * every use case declare how it runs.
   */
  private static final ClassValue<Boolean> IN_ONE_TRANSACTION =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> useCase) {
          return useCase.isAnnotationPresent(InOneTransaction.class);
        }
      };

  /**
   * How often a transaction the database chose as a deadlock's victim is run again: it was rolled
   * back whole, and two writers crossing (a revoke-all and a node's last-used batch) should not
   * cost the client a 503.
   */
  static final int DEADLOCK_ATTEMPTS = 3;

  @Inject Transaction transaction;

  @Override
  public <T> T around(UseCaseCall call, Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return IN_ONE_TRANSACTION.get(call.useCase()) ? transaction.run(work) : work.get();
      } catch (RuntimeException failure) {
        if (attempt < DEADLOCK_ATTEMPTS
            && (DatabaseOutage.isDeadlock(failure) || rolledBackAtCommit(failure))) {
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

  /**
   * The transaction manager rolled back instead of committing (the database refused the COMMIT,
   * e.g. a Galera node's certification conflict with another node's commit): nothing was written,
   * so the whole call may run again. The manager keeps no cause to tell more.
   */
  private static boolean rolledBackAtCommit(Throwable failure) {
    return failure instanceof TransactionalException
        && failure.getCause() instanceof RollbackException;
  }

  /**
   * The COMMIT itself failed (the connection broke during it): whether it took effect is unknown,
   * so the call is not run again, and the client is told to retry later - never a 500.
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
