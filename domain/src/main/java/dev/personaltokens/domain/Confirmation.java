package dev.personaltokens.domain;

/**
 * The word a person types to confirm what can't be undone, as the console's delete dialog asks for
 * it: exactly {@code delete}.
 */
public final class Confirmation {

  public static final String WORD = "delete";

  private Confirmation() {}

  /** Refuses anything but the word, so that no client can skip the question by accident. */
  public static void require(String typed, String field) {
    if (!WORD.equals(typed)) {
      throw new InvalidValueException(
          "confirm.required", field, "type \"" + WORD + "\" in " + field + " to confirm");
    }
  }
}
