package dev.personaltokens.adapter.in.cli.operator;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An age such as {@code 12h}, {@code 30d} or {@code 2w}, for {@code --older-than}. */
final class Age {

  private static final Pattern AGE = Pattern.compile("(\\d{1,5})([hdw])");

  private Age() {}

  static Duration parse(String text) {
    Matcher age = AGE.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!age.matches()) {
      throw new TypeConversionException(
          "expected a number of hours, days or weeks such as 12h, 30d or 2w, not '" + text + "'");
    }
    long amount = Long.parseLong(age.group(1));
    return switch (age.group(2)) {
      case "h" -> Duration.ofHours(amount);
      case "d" -> Duration.ofDays(amount);
      default -> Duration.ofDays(7 * amount);
    };
  }

  static final class Converter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return parse(value);
    }
  }
}
