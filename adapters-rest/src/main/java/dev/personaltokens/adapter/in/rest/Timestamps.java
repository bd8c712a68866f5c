package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Instants on the wire: read leniently (as Azion clients send them), written as full UTC. */
final class Timestamps {

  private Timestamps() {}

  static String format(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /**
   * ISO-8601 with or without seconds and with or without an offset (none means UTC), or a bare date
   * (its start, in UTC): {@code 2027-07-26T00:00}, {@code 2027-07-26T00:00:00+02:00}.
   */
  static Instant parse(String text, String field) {
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
              "token." + field + ".invalid",
              field,
              field + " must be an ISO-8601 date-time such as 2027-07-26T00:00:00Z");
        }
      }
    }
  }
}
