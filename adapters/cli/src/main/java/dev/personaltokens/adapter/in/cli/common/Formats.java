package dev.personaltokens.adapter.in.cli.common;

import dev.personaltokens.domain.Text;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** How instants and text from the server are shown to a person. */
public final class Formats {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private Formats() {}

  /** {@code 2026-11-30 08:51 UTC}. */
  public static String instant(Instant instant) {
    return MINUTES.format(instant) + " UTC";
  }

  /** {@code 2026-11-30 08:51}, for tables that say once that times are UTC. */
  public static String tableInstant(String iso) {
    if (iso == null) {
      return "never";
    }
    try {
      return MINUTES.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return Text.printable(iso);
    }
  }

  /** {@code 1 person}, {@code 3 people}: a count with its noun, as a sentence says it. */
  public static String count(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /**
   * {@code in 3 days}, {@code in 5 hours}, {@code 2 days ago}, rounded to the nearest unit: a token
   * made a second ago for 7 days expires "in 7 days", not "in 6 days".
   */
  public static String relative(Instant instant, Instant now) {
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
}
