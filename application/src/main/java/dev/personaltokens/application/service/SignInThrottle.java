package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.SharedState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing, on every node alike ({@link SharedState}): after {@link #FREE_FAILURES}
 * failures of one account from one address within {@link #WINDOW}, and after {@link
 * #FREE_FAILURES_PER_ADDRESS} failures of any accounts from one address, further attempts from
 * there wait - 30 seconds, then twice as long after each further failure, up to {@link
 * #LONGEST_WAIT}. A wait ends by itself; failures are forgotten after a quiet {@link #WINDOW}; a
 * success clears its account and address. The same account from another address is not affected, so
 * guessing can't lock its owner out.
 */
final class SignInThrottle {

  static final int FREE_FAILURES = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

  /** The longest that failures can matter after the latest one. */
  private static final Duration KEPT = LONGEST_WAIT.plus(WINDOW);

  private final Clock clock;
  private final SharedState shared;

  SignInThrottle(Clock clock, SharedState shared) {
    this.clock = clock;
    this.shared = shared;
  }

  /** Failures of one key not forgotten yet: how many, the latest; as text, "count instant". */
  private record Failures(int count, Instant latest) {

    static Optional<Failures> parse(String text) {
      if (text == null) {
        return Optional.empty();
      }
      String[] parts = text.split(" ", 2);
      return Optional.of(new Failures(Integer.parseInt(parts[0]), Instant.parse(parts[1])));
    }

    String text() {
      return count + " " + latest;
    }

    Failures plus(Instant at) {
      return new Failures(count + 1, at);
    }

    /** Until when an attempt must wait, after {@code free} failures that cost nothing. */
    Instant waitUntil(int free) {
      if (count < free) {
        return Instant.MIN;
      }
      long doublings = Math.min(count - free, 10);
      Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
      return latest.plus(wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT);
    }

    /**
     * Forgotten after a quiet window since the latest failure - and since the end of its wait, once
     * there is one, so that sitting out a wait earns no fresh free attempts.
     */
    boolean forgottenAt(Instant now) {
      Instant quietFrom = count > FREE_FAILURES ? latest.plus(LONGEST_WAIT) : latest;
      return !now.isBefore(quietFrom.plus(WINDOW));
    }
  }

  /** Refuses an attempt of {@code email} from {@code address} that must wait still. */
  void check(String email, String address) {
    Instant now = clock.now();
    Instant until =
        max(
            waitUntil(accountKey(email, address), FREE_FAILURES, now),
            waitUntil(addressKey(address), FREE_FAILURES_PER_ADDRESS, now));
    if (now.isBefore(until)) {
      Duration wait = Duration.between(now, until);
      throw new ThrottledException(
          "auth.throttled",
          "too many failed sign-ins from this address; try again in " + words(wait),
          wait);
    }
  }

  void failed(String email, String address) {
    Instant now = clock.now();
    count(accountKey(email, address), now);
    count(addressKey(address), now);
  }

  void succeeded(String email, String address) {
    shared.update(accountKey(email, address), KEPT, failures -> null);
  }

  private void count(String key, Instant now) {
    shared.update(
        key, KEPT, text -> current(text, now).orElse(new Failures(0, now)).plus(now).text());
  }

  private Instant waitUntil(String key, int free, Instant now) {
    return current(shared.get(key), now).map(known -> known.waitUntil(free)).orElse(Instant.MIN);
  }

  /** The failures in {@code text}, unless they are forgotten. */
  private static Optional<Failures> current(String text, Instant now) {
    return Failures.parse(text).filter(known -> !known.forgottenAt(now));
  }

  private static String accountKey(String email, String address) {
    return "sign-in account " + email + " " + address;
  }

  private static String addressKey(String address) {
    return "sign-in address " + address;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** "45 seconds", "2 minutes", as a person says it; rounded up. */
  static String words(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    if (seconds < 60) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
