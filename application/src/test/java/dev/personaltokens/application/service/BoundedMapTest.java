package dev.personaltokens.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BoundedMapTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  /** Values are expiry instants: expired once {@code now} reaches them. */
  private final BoundedMap<String, Instant> map =
      new BoundedMap<>(3, (end, now) -> !now.isBefore(end));

  @Test
  void belowTheBoundNothingIsDropped() {
    map.put("a", NOW.minusSeconds(1));
    map.put("b", NOW.minusSeconds(1));

    map.makeRoom(NOW);

    assertThat(map.size()).isEqualTo(2);
  }

  @Test
  void atTheBoundTheExpiredGoFirst() {
    map.put("old", NOW.minusSeconds(1));
    map.put("live", NOW.plusSeconds(60));
    map.put("older", NOW.minusSeconds(60));

    map.makeRoom(NOW);

    assertThat(map.size()).isEqualTo(1);
    assertThat(map.get("live")).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void atTheBoundWithNothingExpiredEverythingGoes() {
    map.put("a", NOW.plusSeconds(60));
    map.put("b", NOW.plusSeconds(60));
    map.put("c", NOW.plusSeconds(60));

    map.makeRoom(NOW);

    assertThat(map.size()).isZero();
  }
}
