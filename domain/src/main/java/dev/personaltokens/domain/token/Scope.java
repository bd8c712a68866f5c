package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Collection;
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

  /**
   * Whether a token of this scope may make a request that every one of {@code methods} describes:
   * the request's own method and each method header a proxy (or a client) sent. A read-only token
   * needs them all safe and all the same, since a client may add such headers itself and a spoofed
   * {@code GET} must not hide the {@code POST} the proxy saw.
   */
  public boolean allowsAll(Collection<String> methods) {
    if (this == GLOBAL) {
      return true;
    }
    return !methods.isEmpty()
        && methods.stream().allMatch(this::allows)
        && methods.stream().map(method -> method.toUpperCase(Locale.ROOT)).distinct().count() == 1;
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
