package dev.personaltokens.domain;

/** Checks shared by the free-text values. */
public final class Text {

  private Text() {}

  public static boolean hasControlCharacters(String value) {
    return value.codePoints().anyMatch(Character::isISOControl);
  }

  /** Length in characters as a person counts them, so that an emoji is one, not two. */
  public static int length(String value) {
    return value.codePointCount(0, value.length());
  }
}
