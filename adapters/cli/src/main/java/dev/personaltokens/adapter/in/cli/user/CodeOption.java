package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.token.Scope;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A value that is one of a few words (a role, a status, an output format): read in any case, and
 * completed by the shell in lower case, as the help and the API write them - picocli alone would
 * offer the enum's constant names, in capitals.
 */
abstract class CodeOption<E> implements ITypeConverter<E>, Iterable<String> {

  private final Map<String, E> byCode = new LinkedHashMap<>();

  CodeOption(E[] values, Function<E, String> code) {
    for (E value : values) {
      byCode.put(code.apply(value), value);
    }
  }

  @Override
  public E convert(String value) {
    E known = byCode.get(value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
    if (known == null) {
      throw new TypeConversionException(
          "expected " + String.join(" or ", byCode.keySet()) + ", not '" + value + "'");
    }
    return known;
  }

  @Override
  public Iterator<String> iterator() {
    return byCode.keySet().iterator();
  }

  /** {@code member} or {@code admin}. */
  static final class Roles extends CodeOption<Role> {
    Roles() {
      super(Role.values(), Role::code);
    }
  }

  /** {@code active} or {@code deactivated}. */
  static final class Statuses extends CodeOption<AccountStatus> {
    Statuses() {
      super(AccountStatus.values(), AccountStatus::code);
    }
  }

  /** {@code global} or {@code read_only}. */
  static final class Scopes extends CodeOption<Scope> {
    Scopes() {
      super(Scope.values(), Scope::code);
    }
  }
}
