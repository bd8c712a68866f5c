package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.out.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing, in this node's memory: after {@link #FREE_FAILURES} failures of one
 * account from one address within {@link #WINDOW}, and after {@link #FREE_FAILURES_PER_ADDRESS}
 * failures of any accounts from one address, further attempts from there wait - 30 seconds, then
 * twice as long after each further failure, up to {@link #LONGEST_WAIT}. A wait ends by itself;
 * failures are forgotten after a quiet {@link #WINDOW}; a success clears its account and address.
 * The same account from another address is not affected, so guessing can't lock its owner out.
 */
final class SignInThrottle {

  static final int FREE_FAILURES = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

  private final Clock clock;

  /** Bounded as {@link BoundedMap} is, forgotten failures counting as expired. */
  private final BoundedMap<Failures> failures = new BoundedMap<>(SignInThrottle::forgotten);

  SignInThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Failures of one key not forgotten yet: how many, the latest. */
  private record Failures(int count, Instant latest) {

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
  }

  /** Refuses an attempt of {@code email} from {@code address} that must wait still. */
  synchronized void check(String email, String address) {
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

  synchronized void failed(String email, String address) {
    Instant now = clock.now();
    failures.makeRoom(now);
    count(accountKey(email, address), now);
    count(addressKey(address), now);
  }

  synchronized void succeeded(String email, String address) {
    failures.remove(accountKey(email, address));
  }

  private void count(String key, Instant now) {
    Failures known = current(key, now).orElse(new Failures(0, now));
    failures.put(key, known.plus(now));
  }

  private Instant waitUntil(String key, int free, Instant now) {
    return current(key, now).map(known -> known.waitUntil(free)).orElse(Instant.MIN);
  }

  /** The key's failures, unless they are forgotten. */
  private Optional<Failures> current(String key, Instant now) {
    Failures known = failures.get(key);
    if (known != null && forgotten(known, now)) {
      failures.remove(key);
      return Optional.empty();
    }
    return Optional.ofNullable(known);
  }

  /**
   * Forgotten after a quiet window since the latest failure - and since the end of its wait, once
   * there is one, so that sitting out a wait earns no fresh free attempts.
   */
  private static boolean forgotten(Failures known, Instant now) {
    Instant quietFrom =
        known.count() > FREE_FAILURES ? known.latest().plus(LONGEST_WAIT) : known.latest();
    return !now.isBefore(quietFrom.plus(WINDOW));
  }

  private static String accountKey(String email, String address) {
    return "account " + email + " " + address;
  }

  private static String addressKey(String address) {
    return "address " + address;
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
