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
   * The calling credential's expiry, written on every answer (its header, a verification's): each
   * formatted once and looked up after, since formatting was a quarter of what authenticating a
   * call cost (profiled). Emptied when full, so it holds at most this many - the expiries of the
   * credentials in use, a few thousand on a busy node.
   */
  private static final int MOST_EXPIRIES = 10_000;

  private static final Map<Instant, String> EXPIRIES = new ConcurrentHashMap<>();

  private Timestamps() {}

  static String format(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** The same as {@link #format}, for the expiry of the credential a request presents. */
  static String formatExpiry(Instant expiry) {
    if (expiry == null) {
      return null;
    }
    String text = EXPIRIES.get(expiry);
    if (text == null) {
      if (EXPIRIES.size() >= MOST_EXPIRIES) {
        EXPIRIES.clear();
      }
      text = format(expiry);
      EXPIRIES.put(expiry, text);
    }
    return text;
  }

  /** How many expiries are held formatted; for the test of the bound. */
  static int expiriesHeld() {
    return EXPIRIES.size();
  }
}
