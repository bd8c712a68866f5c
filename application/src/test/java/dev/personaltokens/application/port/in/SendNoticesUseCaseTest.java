package dev.personaltokens.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.in.notice.SendNoticesUseCase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SendNoticesUseCaseTest {

  @Test
  void sendsUntilNothingIsDue() {
    AtomicInteger due = new AtomicInteger(3);
    SendNoticesUseCase notices = () -> due.getAndDecrement() > 0;

    assertThat(notices.sendDue(10)).isEqualTo(3);
  }

  @Test
  void stopsAtTheLimit() {
    AtomicInteger calls = new AtomicInteger();
    SendNoticesUseCase alwaysDue =
        () -> {
          calls.incrementAndGet();
          return true;
        };

    assertThat(alwaysDue.sendDue(5)).isEqualTo(5);
    assertThat(calls).hasValue(5);
  }
}
