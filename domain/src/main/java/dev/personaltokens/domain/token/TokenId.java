package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import java.util.UUID;
import java.util.regex.Pattern;

/** A personal token's public identifier. */
public record TokenId(UUID value) {

  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  public TokenId {
    if (value == null) {
      throw new IllegalArgumentException("a token id needs a value");
    }
  }

  public static TokenId random() {
    return new TokenId(UUID.randomUUID());
  }

  /** Only the canonical 36-character form: {@link UUID#fromString} also takes odd short forms. */
  public static TokenId parse(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) {
      throw new InvalidValueException(
          "token.id.invalid", "uuid", "a token id is a UUID such as 0b3f6f4e-...-9a1c2d3e4f50");
    }
    return new TokenId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
