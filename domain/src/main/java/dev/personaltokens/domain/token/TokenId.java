package dev.personaltokens.domain.token;

import dev.personaltokens.domain.CanonicalUuid;
import dev.personaltokens.domain.InvalidValueException;
import java.util.UUID;

/** A personal token's public identifier. */
public record TokenId(UUID value) {

  public TokenId {
    if (value == null) {
      throw new IllegalArgumentException("a token id needs a value");
    }
  }

  public static TokenId random() {
    return new TokenId(UUID.randomUUID());
  }

  public static TokenId parse(String text) {
    return new TokenId(
        CanonicalUuid.parse(text)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "token.id.invalid",
                        "uuid",
                        "a token id is a UUID such as 0b3f6f4e-...-9a1c2d3e4f50")));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
