package dev.personaltokens.domain.token;

import dev.personaltokens.domain.Text;

/** A token's name: required, trimmed, at most {@value #MAX_LENGTH} characters, one line. */
public record TokenName(String value) {

  public static final int MAX_LENGTH = 100;

  public TokenName {
    value = Text.requiredName(value, "token", MAX_LENGTH);
  }
}
