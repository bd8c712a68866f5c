package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;

/** A token's optional description: trimmed, at most {@value #MAX_LENGTH} characters, one line. */
public record TokenDescription(String value) {

  public static final int MAX_LENGTH = 255;
  public static final TokenDescription NONE = new TokenDescription("");

  public TokenDescription {
    value = value == null ? "" : value.strip();
    if (Text.length(value) > MAX_LENGTH) {
      throw new InvalidValueException(
          "token.description.too_long",
          "description",
          "description must be at most " + MAX_LENGTH + " characters");
    }
    if (Text.hasControlCharacters(value)) {
      throw new InvalidValueException(
          "token.description.control_characters",
          "description",
          "description must not contain control characters");
    }
  }
}
