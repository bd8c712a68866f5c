package dev.personaltokens.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.UnavailableException;
import dev.personaltokens.application.port.in.session.SignInUseCase;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.RevokeAllPersonalTokensUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticateUseCase;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The boundary's own decisions, with a transaction that only runs the work. */
class TransactionBoundaryTest {

  private final TransactionBoundary boundary =
      new TransactionBoundary(
          new TransactionBoundary.Transaction() {
            @Override
            <T> T run(Supplier<T> work) {
              return work.get();
            }
          });
  private final UseCaseCall call =
      new UseCaseCall(RevokeAllPersonalTokensUseCase.class, Actor.SERVER);
  private final AtomicLong now = new AtomicLong();

  TransactionBoundaryTest() {
    boundary.nanoTime = now::get;
  }

  @Test
  void aDeadlocksVictimRunsAgainWhole() {
    AtomicInteger attempts = new AtomicInteger();

    String result =
        boundary.around(
            call,
            () -> {
              if (attempts.incrementAndGet() < TransactionBoundary.ATTEMPTS) {
                throw deadlock();
              }
              return "committed";
            });

    assertThat(result).isEqualTo("committed");
    assertThat(attempts).hasValue(TransactionBoundary.ATTEMPTS);
  }

  @Test
  void aDeadlockThatKeepsComingIsA503AfterTheLastAttempt() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(() -> boundary.around(call, failing(attempts, deadlock())))
        .isInstanceOf(UnavailableException.class);
    assertThat(attempts).hasValue(TransactionBoundary.ATTEMPTS);
  }

  @Test
  void anyOtherFailureIsNotRunAgain() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () -> boundary.around(call, failing(attempts, new IllegalStateException("a bug"))))
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
    assertThatThrownBy(() -> boundary.around(call, failing(unknown, commitBrokeOff())))
        .isInstanceOf(UnavailableException.class);
    assertThat(unknown).hasValue(1);
  }

  /**
   * A database node that died under the call (a Galera node killed): nothing was committed, and the
   * next connection goes to another node - a transaction and a read alike run again.
   */
  @Test
  void aCallWhoseConnectionWasLostBeforeTheCommitRunsAgain() {
    for (Class<?> useCase : java.util.List.of(call.useCase(), AuthenticateUseCase.class)) {
      AtomicInteger attempts = new AtomicInteger();

      String result =
          boundary.around(
              new UseCaseCall(useCase, Actor.ANONYMOUS),
              () -> {
                if (attempts.incrementAndGet() == 1) {
                  throw connectionLost();
                }
                return "answered";
              });

      assertThat(result).as(useCase.getSimpleName()).isEqualTo("answered");
      assertThat(attempts).hasValue(2);
    }
  }

  /** Signing in counts the attempt and hashes outside its writes: it may not run twice. */
  @Test
  void aUseCaseOfItsOwnTransactionsIsNotRunAgainAsAWhole() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                boundary.around(
                    new UseCaseCall(SignInUseCase.class, Actor.ANONYMOUS),
                    failing(attempts, connectionLost())))
        .isInstanceOf(UnavailableException.class);
    assertThat(attempts).hasValue(1);
  }

  /**
   * A COMMIT that broke off may have taken effect: only an idempotent call - a create whose token
   * was drawn before it - runs again.
   */
  @Test
  void aCommitThatBrokeOffRunsAgainOnlyWhereThatIsIdempotent() {
    AtomicInteger creates = new AtomicInteger();

    String result =
        boundary.around(
            new UseCaseCall(CreatePersonalTokenUseCase.Writes.class, Actor.ANONYMOUS),
            () -> {
              if (creates.incrementAndGet() == 1) {
                throw commitBrokeOff();
              }
              return "found or made";
            });
    AtomicInteger revokes = new AtomicInteger();

    assertThat(result).isEqualTo("found or made");
    assertThat(creates).hasValue(2);
    assertThatThrownBy(() -> boundary.around(call, failing(revokes, commitBrokeOff())))
        .isInstanceOf(UnavailableException.class);
    assertThat(revokes).hasValue(1);
  }

  /** A database down or hung is still a 503 within 2 s: no attempt starts after half a second. */
  @Test
  void noAttemptStartsOnceTheWindowHasPassed() {
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                boundary.around(
                    call,
                    () -> {
                      attempts.incrementAndGet();
                      now.addAndGet(TransactionBoundary.RETRY_WINDOW_NANOS);
                      throw connectionLost();
                    }))
        .isInstanceOf(UnavailableException.class);
    assertThat(attempts).hasValue(1);
  }

  private static Supplier<String> failing(AtomicInteger attempts, RuntimeException failure) {
    return () -> {
      attempts.incrementAndGet();
      throw failure;
    };
  }

  private static RuntimeException deadlock() {
    return new RuntimeException(
        new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001"));
  }

  private static RuntimeException connectionLost() {
    return new RuntimeException(
        new SQLNonTransientConnectionException("Connection reset", "08S01"));
  }

  private static RuntimeException commitBrokeOff() {
    return new TransactionalException("at commit", new SystemException("connection lost"));
  }
}
