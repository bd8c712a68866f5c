package dev.personaltokens.adapter.in.cli.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Option;

/** When a new token expires: a preset lifetime or a date, for create and rotate. */
final class ExpiryOptions {

  @Option(
      names = "--expires-in",
      paramLabel = "PRESET",
      converter = ExpiresIn.Converter.class,
      description = "1d, 7d, 15d, 30d, 90d or 1y from now")
  ExpiresIn expiresIn;

  @Option(
      names = "--expires-at",
      paramLabel = "DATE",
      converter = ExpiryDateTime.Converter.class,
      description =
          "A date (2027-07-26, its start) or date-time (2027-07-26T18:00), UTC unless an offset"
              + " follows (2027-07-26T18:00+02:00)")
  Instant expiresAt;

  Instant from(Instant now) {
    return expiresIn != null
        ? now.plus(expiresIn.lifetime()).truncatedTo(ChronoUnit.SECONDS)
        : expiresAt;
  }
}
