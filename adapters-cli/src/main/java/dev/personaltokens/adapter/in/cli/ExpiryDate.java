package dev.personaltokens.adapter.in.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --expires-at}: read as the API reads {@code expires_at}, so that both agree: ISO-8601 with
 * or without seconds and offset (none means UTC), or a bare date (its start, in UTC).
 */
final class ExpiryDate {

  private ExpiryDate() {}

  static Instant parse(String text) {
    String value = text == null ? "" : text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        try {
          return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notDate) {
          throw new TypeConversionException(
              "expected a date such as 2027-07-26 or a date-time such as 2027-07-26T18:00"
                  + " (UTC unless an offset like +02:00 follows), not '"
                  + text
                  + "'");
        }
      }
    }
  }

  static final class Converter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return parse(value);
    }
  }
}
