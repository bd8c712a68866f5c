package dev.personaltokens.domain;

/** Checks shared by the free-text values. */
public final class Text {

  private Text() {}

  /**
   * Control characters, line and paragraph separators, and the bidirectional overrides that can
   * make a name read differently from what it is (a right-to-left override turns
   * "evil\u202Etxt.exe" into "evilexe.txt"). Joiners stay allowed: emoji sequences need them.
   */
  public static boolean hasControlCharacters(String value) {
    return value.codePoints().anyMatch(Text::isControl);
  }

  private static boolean isControl(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isISOControl(codePoint)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /** Length in characters as a person counts them, so that an emoji is one, not two. */
  public static int length(String value) {
    return value.codePointCount(0, value.length());
  }
}
