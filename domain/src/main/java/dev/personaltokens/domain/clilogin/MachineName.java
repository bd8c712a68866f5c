package dev.personaltokens.domain.clilogin;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;

/**
 * The machine a command-line login is for, as the command line names it ({@code alice@laptop}):
 * shown to the person who approves, and part of the new token's name. Required, trimmed, one line
 * of at most {@value #MAX_LENGTH} characters.
 */
public record MachineName(String value) {

  public static final int MAX_LENGTH = 100;

  public MachineName {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty()) {
      throw new InvalidValueException("login.machine.blank", "machine", "machine is required");
    }
    if (Text.length(name) > MAX_LENGTH) {
      throw new InvalidValueException(
          "login.machine.too_long",
          "machine",
          "machine must be at most " + MAX_LENGTH + " characters");
    }
    if (Text.hasControlCharacters(name)) {
      throw new InvalidValueException(
          "login.machine.control_characters",
          "machine",
          "machine must not contain control characters");
    }
    value = name;
  }
}
