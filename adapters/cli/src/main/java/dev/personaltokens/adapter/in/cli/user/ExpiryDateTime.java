package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.token.ExpiryText;
import java.time.Instant;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --expires-at}: read as the API reads {@code expires_at} ({@link ExpiryText}), with the
 * CLI's own words when it is not a date.
 */
final class ExpiryDateTime {

  private ExpiryDateTime() {}

  static Instant parse(String text) {
    try {
      return ExpiryText.parse(text == null ? "" : text.strip());
    } catch (InvalidValueException e) {
      throw new TypeConversionException(
          "expected a date such as 2027-07-26 or a date-time such as 2027-07-26T18:00"
              + " (UTC unless an offset like +02:00 follows), not '"
              + text
              + "'");
    }
  }

  static final class Converter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return parse(value);
    }
  }
}
