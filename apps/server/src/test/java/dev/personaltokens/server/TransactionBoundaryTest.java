package dev.personaltokens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.UnavailableException;
import dev.personaltokens.application.port.in.token.RevokeAllPersonalTokensUseCase;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The boundary's own decisions, with a transaction that only runs the work. */
class TransactionBoundaryTest {

  private final TransactionBoundary boundary = new TransactionBoundary();
  private final UseCaseCall call =
      new UseCaseCall(RevokeAllPersonalTokensUseCase.class, Actor.SERVER);

  TransactionBoundaryTest() {
    boundary.transaction =
        new TransactionBoundary.Transaction() {
          @Override
          <T> T run(Supplier<T> work) {
            return work.get();
          }
        };
  }

  @Test
  void aDeadlocksVictimRunsAgainWhole() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        boundary.around(
            call,
            () -> {
              if (attempts.incrementAndGet() < TransactionBoundary.DEADLOCK_ATTEMPTS) {
                throw deadlock();
              }
              return "committed";
            });

    assertThat(result).isEqualTo("committed");
    assertThat(attempts).hasValue(TransactionBoundary.DEADLOCK_ATTEMPTS);
  }

  @Test
  void aDeadlockThatKeepsComingIsA503AfterTheLastAttempt() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                boundary.around(
                    call,
                    () -> {
                      attempts.incrementAndGet();
                      throw deadlock();
                    }))
        .isInstanceOf(UnavailableException.class);
    assertThat(attempts).hasValue(TransactionBoundary.DEADLOCK_ATTEMPTS);
  }

  @Test
  void anyOtherFailureIsNotRunAgain() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                boundary.around(
                    call,
                    () -> {
                      attempts.incrementAndGet();
                      throw new IllegalStateException("a bug");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aCommitRolledBackRunsAgainAndACommitThatFailedIsA503NotRunAgain() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        boundary.around(
            call,
            () -> {
              if (attempts.incrementAndGet() == 1) {
                throw new TransactionalException("at commit", new RollbackException("refused"));
              }
              return "committed";
            });
    AtomicInteger unknown = new AtomicInteger();

    assertThat(result).isEqualTo("committed");
    assertThat(attempts).hasValue(2);
    assertThatThrownBy(
            () ->
                boundary.around(
                    call,
                    () -> {
                      unknown.incrementAndGet();
                      throw new TransactionalException("at commit", new SystemException("lost"));
                    }))
        .isInstanceOf(UnavailableException.class);
    assertThat(unknown).hasValue(1);
  }

  private static RuntimeException deadlock() {
    return new RuntimeException(
        new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001"));
  }
}
