package dev.personaltokens.application.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.fakes.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalSharedStateTest {

  private final ManualClock clock = new ManualClock();
  private final LocalSharedState state = new LocalSharedState(clock);

  @Test
  void anUpdateSeesWhatWasThereAndLeavesWhatItReturns() {
    assertThat(state.update("k", Duration.ofMinutes(1), old -> old == null ? "1" : old + "1"))
        .isEqualTo("1");
    assertThat(state.update("k", Duration.ofMinutes(1), old -> old + "1")).isEqualTo("11");
    assertThat(state.get("k")).isEqualTo("11");
    assertThat(state.get("other")).isNull();
  }

  @Test
  void nullRemoves() {
    state.update("k", Duration.ofMinutes(1), old -> "x");

    state.update("k", Duration.ofMinutes(1), old -> null);

    assertThat(state.get("k")).isNull();
  }

  @Test
  void anEntryLivesForItsTimeToLiveAfterItsLastChange() {
    state.update("k", Duration.ofMinutes(1), old -> "x");
    clock.advance(Duration.ofSeconds(59));
    state.update("k", Duration.ofMinutes(1), old -> old + "y");
    clock.advance(Duration.ofSeconds(59));
    assertThat(state.get("k")).isEqualTo("xy");

    clock.advance(Duration.ofSeconds(1));

    assertThat(state.get("k")).isNull();
    assertThat(state.update("k", Duration.ofMinutes(1), old -> String.valueOf(old)))
        .isEqualTo("null");
  }
}
