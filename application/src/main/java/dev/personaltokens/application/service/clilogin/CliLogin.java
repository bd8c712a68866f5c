package dev.personaltokens.application.service.clilogin;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.clilogin.MachineName;
import dev.personaltokens.domain.clilogin.UserCode;
import java.time.Duration;
import java.time.Instant;

/**
 * One command-line login as {@link CliLogins} keeps it: waiting, approved by an account or denied,
 * until {@code expiresAt}; {@code lastPoll} (null before the first) and the {@code interval} the
 * command line must keep between polls.
 */
record CliLogin(
    State state,
    UserCode code,
    MachineName machine,
    Instant expiresAt,
    Duration interval,
    Instant lastPoll,
    AccountId approver) {

  enum State {
    PENDING,
    APPROVED,
    DENIED
  }

  /** RFC 8628, section 3.5: every slow_down adds five seconds to the interval, for good. */
  static final Duration SLOWER = Duration.ofSeconds(5);

  /**
   * Polls this much sooner than the interval still count as on time: the command line waits the
   * interval between its requests, which network and nodes' clocks can bring closer.
   */
  static final Duration GRACE = Duration.ofSeconds(1);

  static CliLogin pending(UserCode code, MachineName machine, Instant expiresAt, Duration every) {
    return new CliLogin(State.PENDING, code, machine, expiresAt, every, null, null);
  }

  boolean waitsAt(Instant now) {
    return state == State.PENDING && now.isBefore(expiresAt);
  }

  boolean tooSoon(Instant now) {
    return lastPoll != null && now.isBefore(lastPoll.plus(interval).minus(GRACE));
  }

  CliLogin polled(Instant now, boolean slowDown) {
    return new CliLogin(
        state,
        code,
        machine,
        expiresAt,
        slowDown ? interval.plus(SLOWER) : interval,
        now,
        approver);
  }

  CliLogin answered(State answer, AccountId account) {
    return new CliLogin(answer, code, machine, expiresAt, interval, lastPoll, account);
  }

  /** As text: "state expires interval lastPoll|- approver|- code machine" (the machine last). */
  String text() {
    return state
        + " "
        + expiresAt
        + " "
        + interval.toMillis()
        + " "
        + (lastPoll == null ? "-" : lastPoll.toString())
        + " "
        + (approver == null ? "-" : Long.toString(approver.value()))
        + " "
        + code.value()
        + " "
        + machine.value();
  }

  /** The login {@code text} holds; null for none. */
  static CliLogin parse(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(" ", 7);
    return new CliLogin(
        State.valueOf(parts[0]),
        new UserCode(parts[5]),
        new MachineName(parts[6]),
        Instant.parse(parts[1]),
        Duration.ofMillis(Long.parseLong(parts[2])),
        parts[3].equals("-") ? null : Instant.parse(parts[3]),
        parts[4].equals("-") ? null : new AccountId(Long.parseLong(parts[4])));
  }
}
