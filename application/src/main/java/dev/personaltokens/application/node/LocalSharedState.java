package dev.personaltokens.application.node;

import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.SharedState;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The state of a node alone, in its memory: bounded as {@link BoundedMap} is, an entry past its
 * time to live counting as expired.
 */
public final class LocalSharedState implements SharedState {

  private record Entry(String text, Instant until) {}

  private final Clock clock;
  private final BoundedMap<String, Entry> entries =
      new BoundedMap<>((entry, now) -> !now.isBefore(entry.until()));

  public LocalSharedState(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized String update(String key, Duration ttl, UnaryOperator<String> update) {
    Instant now = clock.now();
    String updated = update.apply(current(key, now));
    if (updated == null) {
      entries.remove(key);
    } else {
      entries.makeRoom(now);
      entries.put(key, new Entry(updated, now.plus(ttl)));
    }
    return updated;
  }

  @Override
  public synchronized String get(String key) {
    return current(key, clock.now());
  }

  private String current(String key, Instant now) {
    Entry entry = entries.get(key);
    return entry == null || !now.isBefore(entry.until()) ? null : entry.text();
  }
}
