package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.clilogin.MachineName;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code ptk login --web}: the server gives a code and a page, the person approves the code there
 * (signed in to the console, through the identity provider or with a password), and this polls
 * until the machine's token comes - politely, as RFC 8628 asks: every interval the server gives,
 * five seconds more after each {@code slow_down}.
 */
final class WebLogin {

  /** What RFC 8628 (section 3.5) adds to the interval after a {@code slow_down}. */
  static final Duration SLOWER = Duration.ofSeconds(5);

  /** The server's answers to a poll that are not the token, by their codes. */
  static final String PENDING = "login.pending";

  static final String SLOW_DOWN = "login.slow_down";
  static final String DENIED = "login.denied";
  static final String EXPIRED = "login.expired";

  /** A login begun: the code and page to show, the handle to poll with, how often, how long. */
  record Started(
      String userCode,
      String verificationUri,
      String handle,
      Duration interval,
      Duration expiresIn) {

    static Started from(JsonObject json) {
      return new Started(
          Text.printable(json.getString("user_code", "")),
          Text.printable(json.getString("verification_uri", "")),
          json.getString("handle", ""),
          Duration.ofSeconds(json.getJsonNumber("interval").longValue()),
          Duration.ofSeconds(json.getJsonNumber("expires_in").longValue()));
    }

    @Override
    public String toString() {
      return "Started[" + userCode + "]"; // the handle collects a token
    }
  }

  private WebLogin() {}

  /** The token of this machine, once the person approved it in the browser. */
  static ApiToken run(CliContext context, PtkApi anonymous) {
    String machine = Text.printable(context.machine().get());
    if (Text.length(machine) > MachineName.MAX_LENGTH) {
      machine = machine.substring(0, machine.offsetByCodePoints(0, MachineName.MAX_LENGTH));
    }
    Started started = anonymous.startWebLogin(machine);
    context
        .out()
        .println(
            "To sign in, open this page in your browser, check that it shows the code "
                + started.userCode()
                + " and approve it:");
    context.out().println("  " + started.verificationUri());
    context
        .out()
        .println(
            "Waiting for your approval (the code works for "
                + started.expiresIn().toMinutes()
                + " minutes)...");
    context.out().flush();
    Instant givesUpAt = context.clock().instant().plus(started.expiresIn());
    Duration interval = started.interval();
    while (true) {
      pause(context, interval);
      try {
        return anonymous.pollWebLogin(started.handle());
      } catch (CliException answer) {
        if (SLOW_DOWN.equals(answer.code())) {
          interval = interval.plus(SLOWER);
        } else if (DENIED.equals(answer.code())) {
          throw CliException.failed("the login was denied in the browser; nothing was stored");
        } else if (EXPIRED.equals(answer.code())
            || (PENDING.equals(answer.code()) && context.clock().instant().isAfter(givesUpAt))) {
          throw CliException.failed(
              "the login was not approved within "
                  + started.expiresIn().toMinutes()
                  + " minutes; run 'ptk login --web' again");
        } else if (!PENDING.equals(answer.code())) {
          throw answer;
        }
      }
    }
  }

  private static void pause(CliContext context, Duration interval) {
    try {
      context.pause().of(interval);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CliException.failed("interrupted");
    }
  }
}
