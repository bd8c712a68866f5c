package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads the credentials out of an {@code Authorization} header. */
final class AuthorizationHeader {

  private AuthorizationHeader() {}

  /**
   * The token of {@code Token <token>} or {@code Bearer <token>}, the scheme in any case. Anything
   * else is refused without looking at the credentials.
   */
  static String token(String header) {
    return token(header, AuthenticationException::missing);
  }

  /** The same, refused with {@code missing}'s words: where another token than the API's is due. */
  static String token(String header, Supplier<AuthenticationException> missing) {
    if (header == null || header.isBlank()) {
      throw missing.get();
    }
    String[] parts = schemeAndRest(header);
    if (parts.length != 2
        || !(parts[0].equalsIgnoreCase("token") || parts[0].equalsIgnoreCase("bearer"))) {
      throw missing.get();
    }
    return parts[1];
  }

  /**
   * The scheme and what follows it after white space, both stripped; only the scheme when nothing
   * follows. Without a regular expression: every request passes here.
   */
  private static String[] schemeAndRest(String header) {
    String stripped = header.strip();
    int space = 0;
    while (space < stripped.length() && !Character.isWhitespace(stripped.charAt(space))) {
      space++;
    }
    String rest = stripped.substring(space).strip();
    return rest.isEmpty()
        ? new String[] {stripped}
        : new String[] {stripped.substring(0, space), rest};
  }

  /** A user name and a password, as {@code Basic} sends them. */
  record Basic(String user, String password) {

    @Override
    public String toString() {
      return "Basic[user=" + user + "]";
    }
  }

  /**
   * The credentials of {@code Basic base64(user:password)}, the scheme in any case; empty for other
   * schemes and for what doesn't decode to a user and a password.
   */
  static Optional<Basic> basic(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String[] parts = schemeAndRest(header);
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("basic")) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : Optional.of(new Basic(decoded.substring(0, colon), decoded.substring(colon + 1)));
  }
}
