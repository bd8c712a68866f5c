package dev.personaltokens.domain.client;

import dev.personaltokens.domain.Text;

/**
 * What operators call a registered service: required, trimmed, at most {@value #MAX_LENGTH}
 * characters, one line.
 */
public record ServiceName(String value) {

  public static final int MAX_LENGTH = 100;

  public ServiceName {
    value = Text.requiredName(value, "client", MAX_LENGTH);
  }
}
