package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;

/** A token's name: required, trimmed, at most {@value #MAX_LENGTH} characters, one line. */
public record TokenName(String value) {

  public static final int MAX_LENGTH = 100;

  public TokenName {
    value = value == null ? "" : value.strip();
    if (value.isEmpty()) {
      throw new InvalidValueException("token.name.blank", "name", "name is required");
    }
    if (Text.length(value) > MAX_LENGTH) {
      throw new InvalidValueException(
          "token.name.too_long", "name", "name must be at most " + MAX_LENGTH + " characters");
    }
    if (Text.hasControlCharacters(value)) {
      throw new InvalidValueException(
          "token.name.control_characters", "name", "name must not contain control characters");
    }
  }
}
