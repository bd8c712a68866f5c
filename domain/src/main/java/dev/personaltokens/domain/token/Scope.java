package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a token may do: {@code global}, everything its owner can do (Azion's only scope), or {@code
 * read_only}, the safe HTTP methods only - on this API and on every API guarded through it.
 */
public enum Scope {
  GLOBAL("global", "Global"),
  READ_ONLY("read_only", "Read-only");

  /** The methods that change nothing (RFC 9110, section 9.2.1), all a read-only token may use. */
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final String code;
  private final String label;

  Scope(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Whether a token of this scope may make a request with {@code method} (any case). */
  public boolean allows(String method) {
    return this == GLOBAL
        || (method != null && SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT)));
  }

  public static Scope fromCode(String code) {
    return Arrays.stream(values())
        .filter(scope -> scope.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "token.scope.unknown", "scope", "scope must be one of: global, read_only"));
  }
}
