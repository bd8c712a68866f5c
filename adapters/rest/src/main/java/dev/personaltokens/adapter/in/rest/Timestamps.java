package dev.personaltokens.adapter.in.rest;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Instants on the wire are written as full UTC instants; expiries are read by {@code ExpiryText}.
 */
final class Timestamps {

  private Timestamps() {}

  static String format(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
