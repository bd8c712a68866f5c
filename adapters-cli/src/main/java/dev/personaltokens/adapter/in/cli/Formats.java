package dev.personaltokens.adapter.in.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How instants and text from the server are shown to a person. */
final class Formats {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private Formats() {}

  /** {@code 2026-11-30 08:51 UTC}. */
  static String instant(Instant instant) {
    return MINUTES.format(instant) + " UTC";
  }

  /** {@code 2026-11-30 08:51}, for tables that say once that times are UTC. */
  static String tableInstant(String iso) {
    if (iso == null) {
      return "never";
    }
    try {
      return MINUTES.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return printable(iso);
    }
  }

  /**
   * {@code in 3 days}, {@code in 5 hours}, {@code 2 days ago}, rounded to the nearest unit: a token
   * made a second ago for 7 days expires "in 7 days", not "in 6 days".
   */
  static String relative(Instant instant, Instant now) {
    Duration between = Duration.between(now, instant);
    Duration length = between.abs();
    long days = length.plusHours(12).toDays();
    long hours = length.plusMinutes(30).toHours();
    String amount;
    if (days >= 2) {
      amount = days + " days";
    } else if (hours >= 2) {
      amount = hours + " hours";
    } else {
      long minutes = Math.max(1, length.plusSeconds(30).toMinutes());
      amount = minutes + (minutes == 1 ? " minute" : " minutes");
    }
    return between.isNegative() ? amount + " ago" : "in " + amount;
  }

  /**
   * Text from the server, made safe for a terminal: a control character or a bidirectional override
   * could rewrite what the user sees, so each becomes '?'.
   */
  static String printable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            codePoint -> {
              int type = Character.getType(codePoint);
              boolean unsafe =
                  Character.isISOControl(codePoint)
                      || (type == Character.FORMAT && codePoint != 0x200D)
                      || type == Character.LINE_SEPARATOR
                      || type == Character.PARAGRAPH_SEPARATOR;
              out.appendCodePoint(unsafe ? '?' : codePoint);
            });
    return out.toString();
  }
}
