package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.AuthenticationException;
import java.util.Locale;

/** Reads the credentials out of an {@code Authorization} header. */
final class AuthorizationHeader {

  private AuthorizationHeader() {}

  /**
   * The token of {@code Token <token>} or {@code Bearer <token>}, the scheme in any case. Anything
   * else is refused without looking at the credentials.
   */
  static String token(String header) {
    if (header == null || header.isBlank()) {
      throw AuthenticationException.missing();
    }
    String[] parts = header.strip().split("\\s+", 2);
    String scheme = parts[0].toLowerCase(Locale.ROOT);
    if (parts.length != 2 || !(scheme.equals("token") || scheme.equals("bearer"))) {
      throw AuthenticationException.missing();
    }
    return parts[1].strip();
  }

  /** The credentials of {@code Basic <base64>}, the scheme in any case; null for other schemes. */
  static String basicCredentials(String header) {
    if (header == null) {
      return null;
    }
    String[] parts = header.strip().split("\\s+", 2);
    return parts.length == 2 && parts[0].equalsIgnoreCase("basic") ? parts[1].strip() : null;
  }
}
