package dev.personaltokens.domain;

/**
 * The one rule for characters that must not reach a person's screen unseen: the free-text values
 * refuse them, and the API and the command line blank them out of whatever they echo.
 */
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

  /** One character of {@link #hasControlCharacters}, bidirectional marks included. */
  public static boolean isControl(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isISOControl(codePoint)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || codePoint == 0x061C // Arabic letter mark
        || codePoint == 0x200E // left-to-right mark
        || codePoint == 0x200F // right-to-left mark
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /** The text with each control character replaced by '?', safe to echo; "" for null. */
  public static String printable(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(codePoint -> out.appendCodePoint(isControl(codePoint) ? '?' : codePoint));
    return out.toString();
  }

  /** Length in characters as a person counts them, so that an emoji is one, not two. */
  public static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  /**
   * A name as people type it: trimmed, required, one line of at most {@code maxLength} characters.
   * The codes are {@code kind.name.blank}, {@code .too_long} and {@code .control_characters}.
   */
  public static String requiredName(String value, String kind, int maxLength) {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty()) {
      throw new InvalidValueException(kind + ".name.blank", "name", "name is required");
    }
    if (length(name) > maxLength) {
      throw new InvalidValueException(
          kind + ".name.too_long", "name", "name must be at most " + maxLength + " characters");
    }
    if (hasControlCharacters(name)) {
      throw new InvalidValueException(
          kind + ".name.control_characters", "name", "name must not contain control characters");
    }
    return name;
  }
}
