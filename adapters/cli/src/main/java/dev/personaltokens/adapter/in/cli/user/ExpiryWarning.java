package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.Formats;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the expiry of the token in use from every answer ({@code Personal-Token-Expiration}) and
 * warns once, on standard error, when it is a week or less away: a CI job should not find out on
 * the day it stops working.
 */
public final class ExpiryWarning implements Consumer<HttpResponse<String>> {

  public static final String HEADER = "Personal-Token-Expiration";
  static final Duration AHEAD = Duration.ofDays(7);

  private final Clock clock;
  private final PrintWriter err;
  private Instant expiresAt;
  private boolean warned;

  ExpiryWarning(Clock clock, PrintWriter err) {
    this.clock = clock;
    this.err = err;
  }

  @Override
  public void accept(HttpResponse<String> answer) {
    Optional<String> header = answer.headers().firstValue(HEADER);
    if (header.isEmpty()) {
      return;
    }
    try {
      expiresAt = Instant.parse(header.get());
    } catch (DateTimeParseException e) {
      return;
    }
    Instant now = clock.instant();
    if (!warned && expiresAt.isBefore(now.plus(AHEAD))) {
      warned = true;
      err.println(
          "warning: the token in use expires "
              + Formats.relative(expiresAt, now)
              + " ("
              + Formats.instant(expiresAt)
              + "); sign in again with 'ptk login' or create a new token");
    }
  }

  /** The expiry of the token in use, once an answer told it. */
  Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }
}
