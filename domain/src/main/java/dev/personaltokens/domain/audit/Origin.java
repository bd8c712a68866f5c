package dev.personaltokens.domain.audit;

/**
 * Where a request came from: the client's address and what it called itself. Both are what the
 * client or its proxy said, so they are kept as text, cut to a bounded length.
 *
 * @param address null when there was no network peer (the operator's command line)
 * @param userAgent null when none was sent
 */
public record Origin(String address, String userAgent) {

  public static final int MAX_ADDRESS_LENGTH = 45;
  public static final int MAX_USER_AGENT_LENGTH = 255;

  /** No client: work the server or an operator does on its own. */
  public static final Origin NONE = new Origin(null, null);

  public Origin {
    address = cut(address, MAX_ADDRESS_LENGTH);
    userAgent = cut(userAgent, MAX_USER_AGENT_LENGTH);
  }

  private static String cut(String text, int length) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String printable = printable(text.strip());
    return printable.length() <= length ? printable : printable.substring(0, length);
  }

  /** Control characters as '?'; a plain loop, not a pattern: every request has an origin. */
  private static String printable(String text) {
    StringBuilder printable = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) { // \p{Cntrl}
        if (printable == null) {
          printable = new StringBuilder(text);
        }
        printable.setCharAt(i, '?');
      }
    }
    return printable == null ? text : printable.toString();
  }
}
