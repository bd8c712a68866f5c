package dev.personaltokens.adapter.in.rest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Instants on the wire are written as full UTC instants; expiries are read by {@code ExpiryText}.
 */
final class Timestamps {

  /**
   * Instants written on answer after answer - the presented credential's expiry (its header on
   * every answer, a verification's), the caller's account's creation ({@code /api/user/me}) - each
   * formatted once and looked up after: formatting the expiry was a quarter of what authenticating
   * a call cost (profiled). Emptied when full, so it holds at most this many: those of the
   * credentials and accounts in use, a few thousand on a busy node.
   */
  private static final int MOST_HELD = 10_000;

  private static final Map<Instant, String> FORMATTED = new ConcurrentHashMap<>();

  private Timestamps() {}

  static String format(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** The same as {@link #format}, for an instant written on answer after answer. */
  static String formatOften(Instant instant) {
    if (instant == null) {
      return null;
    }
    String text = FORMATTED.get(instant);
    if (text == null) {
      if (FORMATTED.size() >= MOST_HELD) {
        FORMATTED.clear();
      }
      text = format(instant);
      FORMATTED.put(instant, text);
    }
    return text;
  }

  /** How many instants are held formatted; for the test of the bound. */
  static int heldFormatted() {
    return FORMATTED.size();
  }
}
