package dev.personaltokens.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ContainerLogTest {

  @Test
  void recognisesTheDecodersFailureByWhereItWasThrown() {
    LogRecord record = new LogRecord(Level.SEVERE, "AS-WEB-CORE-00037");
    IllegalStateException thrown = new IllegalStateException("Unexpected termination");
    thrown.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("org.glassfish.grizzly.http.util.URLDecoder", "decode", null, 193)
        });
    record.setThrown(thrown);

    assertThat(ContainerLog.isUndecodablePath(record)).isTrue();
  }

  @Test
  void leavesEveryOtherFailureAlone() {
    LogRecord record = new LogRecord(Level.SEVERE, "AS-WEB-CORE-00037");
    record.setThrown(new IllegalStateException("something else"));

    assertThat(ContainerLog.isUndecodablePath(record)).isFalse();
    assertThat(ContainerLog.isUndecodablePath(new LogRecord(Level.SEVERE, "no failure"))).isFalse();
  }

  @Test
  void recognisesAnAnswerToAClientThatWentAway() {
    LogRecord gone =
        new LogRecord(Level.SEVERE, "Error while closing the output stream in order to commit");
    gone.setThrown(
        new java.io.UncheckedIOException(new java.io.IOException("Connection is closed")));
    LogRecord other = new LogRecord(Level.SEVERE, "Error while closing the output stream");
    other.setThrown(new java.io.UncheckedIOException(new java.io.IOException("disk full")));

    assertThat(ContainerLog.isClientGone(gone)).isTrue();
    assertThat(ContainerLog.isClientGone(other)).isFalse();
    assertThat(ContainerLog.isClientGone(new LogRecord(Level.SEVERE, "none"))).isFalse();
  }
}
