package dev.personaltokens.adapter.in.cli.user;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The lifetimes the console offers, as {@code --expires-in} takes them. */
public enum ExpiresIn {
  ONE_DAY("1d", 1),
  ONE_WEEK("7d", 7),
  FIFTEEN_DAYS("15d", 15),
  THIRTY_DAYS("30d", 30),
  NINETY_DAYS("90d", 90),
  ONE_YEAR("1y", 365);

  /** Unless the owner picks another: the console's preselected one, {@code ptk login}'s token. */
  public static final ExpiresIn DEFAULT = THIRTY_DAYS;

  static final String CHOICES =
      Arrays.stream(values()).map(ExpiresIn::label).collect(Collectors.joining(", "));

  private final String label;
  private final Duration lifetime;

  ExpiresIn(String label, int days) {
    this.label = label;
    this.lifetime = Duration.ofDays(days);
  }

  String label() {
    return label;
  }

  public Duration lifetime() {
    return lifetime;
  }

  /** One of the presets, in any case; anything else is refused with the list of them. */
  static ExpiresIn parse(String text) {
    String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(preset -> preset.label.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "expected one of "
                        + CHOICES
                        + " (or use --expires-at DATE), not '"
                        + text
                        + "'"));
  }

  static final class Converter implements ITypeConverter<ExpiresIn> {
    @Override
    public ExpiresIn convert(String value) {
      return parse(value);
    }
  }
}
