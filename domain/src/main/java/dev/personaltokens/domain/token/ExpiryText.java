package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * An expiry as people and Azion clients write it: ISO-8601 with or without seconds and with or
 * without an offset (none means UTC), or a bare date (its start, in UTC). The API and the CLI both
 * read it here, so that they agree.
 */
public final class ExpiryText {

  private ExpiryText() {}

  /** {@code 2027-07-26T00:00}, {@code 2027-07-26T00:00:00+02:00}, {@code 2027-07-26}. */
  public static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
          throw new InvalidValueException(
              "token.expires_at.invalid",
              "expires_at",
              "expires_at must be an ISO-8601 date-time such as 2027-07-26T00:00:00Z");
        }
      }
    }
  }
}
