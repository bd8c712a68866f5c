package dev.personaltokens.application.service.session;

import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.network.IpAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing, on every node alike ({@link SharedState}). Three counts of failures,
 * each with its free budget within {@link #WINDOW}: one account from one client ({@link
 * #FREE_FAILURES}), one client across accounts ({@link #FREE_FAILURES_PER_ADDRESS}) and one account
 * across clients ({@link #FREE_FAILURES_PER_ACCOUNT}, a spray from many addresses). Past a budget,
 * attempts wait - 30 seconds, then twice as long after each further failure, up to {@link
 * #LONGEST_WAIT}; a wait ends by itself; failures are forgotten after a quiet {@link #WINDOW}.
 *
 * <p>An attempt is counted as a failure <em>before</em> its password is checked ({@link #begin}),
 * atomically against every node, so that guesses sent in parallel are checked at most as often as
 * the budget allows; a success takes its count back and clears its account's failures from that
 * client. A client is an IPv4 address or an IPv6 /64. The same account from another client is not
 * affected by one client's guesses, and a client the account signed in from before ({@link
 * #KNOWN_FOR}) is not slowed by the account-wide count: guessing can't lock the owner out.
 */
final class SignInThrottle {

  static final int FREE_FAILURES = 5;
  static final int FREE_FAILURES_PER_ADDRESS = 20;
  static final int FREE_FAILURES_PER_ACCOUNT = 50;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  static final Duration KNOWN_FOR = Duration.ofDays(90);

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

  /** One count an attempt is held to, its free failures, and whose failures they are. */
  private record Budget(String key, int free, String whose) {}

  /** An attempt counted before its check; tell it how the check went. */
  final class Attempt {

    private final String account;
    private final String client;
    private final List<Budget> counted;

    private Attempt(String account, String client, List<Budget> counted) {
      this.account = account;
      this.client = client;
      this.counted = counted;
    }

    /** The password was right: the count is taken back, and this client becomes a known one. */
    void succeeded() {
      taken();
      shared.update(accountKey(account, client), KEPT, failures -> null);
      shared.update(knownKey(account, client), KNOWN_FOR, known -> "1");
    }

    /** The password was never checked (e.g. the server was too busy): the count is taken back. */
    void notChecked() {
      taken();
    }

    private void taken() {
      Instant now = clock.now();
      for (Budget budget : counted) {
        shared.update(
            budget.key(),
            KEPT,
            text ->
                current(text, now)
                    .filter(known -> known.count() > 1)
                    .map(known -> new Failures(known.count() - 1, known.latest()).text())
                    .orElse(null));
      }
    }
  }

  /**
   * Counts an attempt to sign in to {@code account} (an account's id, or the email tried when no
   * account has it) from {@code address} as a failure, unless one of its counts says it must wait:
   * then it is refused, and counted nowhere further.
   */
  Attempt begin(String account, String address) {
    String client = IpAddress.clientKeyOf(address);
    List<Budget> budgets = new ArrayList<>();
    budgets.add(new Budget(accountKey(account, client), FREE_FAILURES, "from this address"));
    budgets.add(
        new Budget("sign-in address " + client, FREE_FAILURES_PER_ADDRESS, "from this address"));
    if (shared.get(knownKey(account, client)) == null) {
      budgets.add(
          new Budget(
              "sign-in account-wide " + account, FREE_FAILURES_PER_ACCOUNT, "to this account"));
    }
    List<Budget> counted = new ArrayList<>();
    Instant now = clock.now();
    for (Budget budget : budgets) {
      Instant[] refusedUntil = {null};
      shared.update(
          budget.key(),
          KEPT,
          text -> {
            Failures failures = current(text, now).orElse(new Failures(0, now));
            Instant until = failures.waitUntil(budget.free());
            if (now.isBefore(until)) {
              refusedUntil[0] = until;
              return text;
            }
            return failures.plus(now).text();
          });
      if (refusedUntil[0] != null) {
        Duration wait = Duration.between(now, refusedUntil[0]);
        throw new ThrottledException(
            "auth.throttled",
            "too many failed sign-ins " + budget.whose() + "; try again in " + words(wait),
            wait);
      }
      counted.add(budget);
    }
    return new Attempt(account, client, counted);
  }

  /**
   * What {@link #begin} counts an account's attempts under: its id, as the database compares
   * emails.
   */
  static String whom(AccountId account) {
    return "account " + account;
  }

  /** The failures in {@code text}, unless they are forgotten. */
  private static Optional<Failures> current(String text, Instant now) {
    return Failures.parse(text).filter(known -> !known.forgottenAt(now));
  }

  private static String accountKey(String account, String client) {
    return "sign-in account " + account + " " + client;
  }

  private static String knownKey(String account, String client) {
    return "sign-in known " + account + " " + client;
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
