package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import java.time.Duration;

/**
 * What a poll of a command-line login found. Each is an answer of the protocol, not a failure: the
 * command line waits, slows down, stops or stores its token.
 */
public sealed interface CliLoginPoll {

  /** Not answered yet: ask again in {@code interval}. */
  record Pending(Duration interval) implements CliLoginPoll {}

  /** Asked sooner than the interval allows: wait {@code interval}, now longer, from here on. */
  record SlowDown(Duration interval) implements CliLoginPoll {}

  /** The person denied it in the console; the login is over. */
  record Denied() implements CliLoginPoll {}

  /** Over ten minutes old, already collected, or never begun: start again. */
  record Expired() implements CliLoginPoll {}

  /** Approved: the machine's new token and its key, handed out this once. */
  record Issued(CreatedPersonalToken created) implements CliLoginPoll {}
}
