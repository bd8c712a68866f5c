package dev.personaltokens.adapter.in.cli.user;

import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --output table|json}: for people, or for scripts. */
enum OutputFormat {
  TABLE,
  JSON;

  /** Reads {@code table} or {@code json}, in any case; the shell completes them. */
  static final class Converter extends CodeOption<OutputFormat> {
    Converter() {
      super(values(), format -> format.name().toLowerCase(Locale.ROOT));
    }
  }

  /** The {@code --output} option, mixed into every command that shows something. */
  static final class Mixin {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "FORMAT",
        converter = Converter.class,
        completionCandidates = Converter.class,
        defaultValue = "table",
        description = "table (for people, the default) or json (for scripts)")
    OutputFormat format = TABLE;
  }
}
