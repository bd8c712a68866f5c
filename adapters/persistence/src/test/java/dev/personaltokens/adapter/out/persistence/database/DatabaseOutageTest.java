package dev.personaltokens.adapter.out.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void aConnectionThatCantBeMadeOrKeptIsAnOutage() {
    assertThat(outage(new SQLNonTransientConnectionException("Socket fail to connect"))).isTrue();
    assertThat(outage(new SQLTimeoutException("read timed out"))).isTrue();
    assertThat(outage(new SQLException("Communications link failure", "08S01"))).isTrue();
    assertThat(outage(new SQLException("Error in allocating a connection", null, 0, pool())))
        .isTrue();
  }

  @Test
  void thePoolsOwnFailureToLendAConnectionIs() {
    IllegalStateException pool = new IllegalStateException("Task already scheduled or cancelled");
    pool.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.Timer", "sched", "Timer.java", 413),
          new StackTraceElement(
              "com.sun.enterprise.resource.pool.ConnectionPool",
              "scheduleResizerTask",
              "ConnectionPool.java",
              271)
        });

    assertThat(DatabaseOutage.isCauseOf(pool)).isTrue();
  }

  @Test
  void aStatementTheDatabaseRefusesIsNot() {
    assertThat(outage(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))
        .isFalse();
    assertThat(outage(new SQLSyntaxErrorException("You have an error", "42000"))).isFalse();
    assertThat(DatabaseOutage.isCauseOf(new IllegalStateException("a bug"))).isFalse();
  }

  @Test
  void aDeadlocksVictimIsToldApart() {
    RuntimeException victim =
        new RuntimeException(
            "wrapped",
            new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213));

    assertThat(DatabaseOutage.isDeadlock(victim)).isTrue();
    assertThat(DatabaseOutage.isDeadlock(new RuntimeException(new SQLException("x", "40001"))))
        .isTrue();
    assertThat(DatabaseOutage.isDeadlock(new RuntimeException(new SQLTimeoutException("slow"))))
        .isFalse();
  }

  /**
   * A Galera node refusing a COMMIT that conflicts with another node's, as Payara's transaction
   * manager reports it: an XAException with the driver's message and no cause, under a
   * SystemException. A COMMIT that broke off for another reason is no deadlock.
   */
  @Test
  void aCommitRefusedAsADeadlockIsToldApartByItsMessage() {
    javax.transaction.xa.XAException refused =
        new javax.transaction.xa.XAException(
            "jakarta.resource.spi.LocalTransactionException: (conn=9) Deadlock found when trying"
                + " to get lock; try restarting transaction");
    javax.transaction.xa.XAException lost =
        new javax.transaction.xa.XAException(
            "jakarta.resource.spi.LocalTransactionException: Driver has reconnect connection after"
                + " a communications failure with 127.0.0.1:3306 during a COMMIT statement");

    assertThat(DatabaseOutage.isDeadlock(new RuntimeException(systemException(refused)))).isTrue();
    assertThat(DatabaseOutage.isDeadlock(new RuntimeException(systemException(lost)))).isFalse();
  }

  @Test
  void looksThroughTheChainOfNextExceptions() {
    SQLException batch = new SQLException("batch failed");
    batch.setNextException(new SQLNonTransientConnectionException("connection reset"));

    assertThat(outage(batch)).isTrue();
  }

  /** As the persistence layer wraps it: a runtime exception with the SQL failure as its cause. */
  private static boolean outage(SQLException failure) {
    return DatabaseOutage.isCauseOf(new RuntimeException("wrapped", failure));
  }

  private static jakarta.transaction.SystemException systemException(Throwable cause) {
    jakarta.transaction.SystemException failure = new jakarta.transaction.SystemException();
    failure.initCause(cause);
    return failure;
  }

  private static ResourceAllocationException pool() {
    return new ResourceAllocationException("Connection could not be allocated");
  }
}
