package dev.personaltokens.application.service;

import dev.personaltokens.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code max} uses an hour per key (an address), counted in this node's memory from each
 * key's first use in the hour; bounded as {@link BoundedMap} is, an ended hour counting as expired.
 */
final class HourlyLimit {

  private static final Duration HOUR = Duration.ofHours(1);

  private final int max;
  private final Clock clock;
  private final BoundedMap<Window> windows =
      new BoundedMap<>((window, now) -> !now.isBefore(window.end()));

  HourlyLimit(int max, Clock clock) {
    this.max = max;
    this.clock = clock;
  }

  /** Counts one use of {@code key}; when the hour's budget is spent, how long until it is not. */
  synchronized Optional<Duration> take(String key) {
    Instant now = clock.now();
    Window window = windows.get(key);
    if (window == null || !now.isBefore(window.end())) {
      windows.makeRoom(now);
      windows.put(key, new Window(now.plus(HOUR), 1));
      return Optional.empty();
    }
    if (window.used() >= max) {
      return Optional.of(Duration.between(now, window.end()));
    }
    windows.put(key, new Window(window.end(), window.used() + 1));
    return Optional.empty();
  }

  private record Window(Instant end, int used) {}
}
