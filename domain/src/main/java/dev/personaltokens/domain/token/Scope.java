package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Arrays;

/** What a token may do. {@code global} - everything its owner can do - is Azion's only scope. */
public enum Scope {
  GLOBAL("global", "Global");

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

  public static Scope fromCode(String code) {
    return Arrays.stream(values())
        .filter(scope -> scope.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "token.scope.unknown", "scope", "scope must be one of: global"));
  }
}
