package dev.personaltokens.adapter.in.cli.user;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --output table|json}: for people, or for scripts. */
enum OutputFormat {
  TABLE,
  JSON;

  /** Reads {@code table} or {@code json}, in any case. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "table" -> TABLE;
        case "json" -> JSON;
        default -> throw new TypeConversionException("expected table or json, not '" + value + "'");
      };
    }
  }

  /** The {@code --output} option, mixed into every command that shows something. */
  static final class Mixin {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "FORMAT",
        converter = Converter.class,
        defaultValue = "table",
        description = "table (for people, the default) or json (for scripts)")
    OutputFormat format = TABLE;
  }
}
