package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.SharedState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * At most {@code max} uses an hour per key (an address), on every node alike ({@link SharedState}),
 * counted from each key's first use in the hour.
 */
public final class HourlyLimit {

  private static final Duration HOUR = Duration.ofHours(1);

  private final String name;
  private final int max;
  private final Clock clock;
  private final SharedState shared;

  /** {@code name} keeps the keys of this limit apart from any other's. */
  public HourlyLimit(String name, int max, Clock clock, SharedState shared) {
    this.name = name;
    this.max = max;
    this.clock = clock;
    this.shared = shared;
  }

  /** Counts one use of {@code key}; when the hour's budget is spent, how long until it is not. */
  public Optional<Duration> take(String key) {
    Instant now = clock.now();
    Window window =
        Window.parse(
            shared.update(
                name + " " + key,
                HOUR,
                text -> {
                  Window known = Window.parse(text);
                  return known == null || !now.isBefore(known.end())
                      ? new Window(now.plus(HOUR), 1).text()
                      : new Window(known.end(), Math.min(known.used(), max) + 1).text();
                }));
    return window.used() > max
        ? Optional.of(Duration.between(now, window.end()))
        : Optional.empty();
  }

  /** The hour of one key, as text: "end used". */
  private record Window(Instant end, int used) {

    static Window parse(String text) {
      if (text == null) {
        return null;
      }
      String[] parts = text.split(" ", 2);
      return new Window(Instant.parse(parts[0]), Integer.parseInt(parts[1]));
    }

    String text() {
      return end + " " + used;
    }
  }
}
