package dev.personaltokens.application.node;

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
  void atTheBoundWithNothingExpiredTheOldestWrittenGoes() {
    map.put("a", NOW.plusSeconds(60));
    map.put("b", NOW.plusSeconds(60));
    map.put("c", NOW.plusSeconds(60));
    map.put("a", NOW.plusSeconds(90)); // written again: now the newest

    assertThat(map.makeRoom(NOW)).isEqualTo(1);

    assertThat(map.get("b")).isNull();
    assertThat(map.get("a")).isEqualTo(NOW.plusSeconds(90));
    assertThat(map.get("c")).isNotNull();
  }

  @Test
  void aFloodPushesOutTheOldestTenthAndKeepsTheRest() {
    BoundedMap<Integer, Instant> large = new BoundedMap<>(1_000, (end, now) -> !now.isBefore(end));
    for (int i = 0; i < 1_000; i++) {
      large.put(i, NOW.plusSeconds(60));
    }

    assertThat(large.makeRoom(NOW)).isEqualTo(100);

    assertThat(large.size()).isEqualTo(900);
    assertThat(large.get(99)).isNull();
    assertThat(large.get(100)).isNotNull();
    assertThat(large.get(999)).isNotNull();
  }
}
