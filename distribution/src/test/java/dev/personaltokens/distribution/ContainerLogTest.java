package dev.personaltokens.distribution;

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
}
