package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.token.Scope;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --scope global|read_only}, in any case; the domain owns the list. */
final class ScopeOption implements ITypeConverter<Scope> {

  @Override
  public Scope convert(String value) {
    try {
      return Scope.fromCode(value == null ? null : value.strip().toLowerCase(Locale.ROOT));
    } catch (InvalidValueException e) {
      throw new TypeConversionException(
          "expected global or read_only (GET, HEAD and OPTIONS only), not '" + value + "'");
    }
  }
}
