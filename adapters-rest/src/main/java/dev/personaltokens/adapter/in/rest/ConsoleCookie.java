package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.token.SecretKind;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The web console's session: a session token in an HttpOnly, SameSite=Strict cookie, so that page
 * scripts never see it. A cookie is sent by the browser on its own, so every state-changing request
 * that relies on it must also carry a header that only same-origin script can set; a forged
 * cross-site form or image can't add it, and no CORS is offered to let others do so.
 */
final class ConsoleCookie {

  static final String NAME = "ptk_session";
  static final String CSRF_HEADER = "X-Requested-With";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private ConsoleCookie() {}

  /** The session token from the cookie, when the request has no Authorization header. */
  static String sessionSecret(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return null;
    }
    Cookie cookie = request.getCookies().get(NAME);
    return cookie == null ? null : cookie.getValue();
  }

  /** Only a session token is taken from a cookie: personal tokens belong in headers. */
  static boolean holdsASession(String secret) {
    return secret.startsWith(SecretKind.SESSION.prefix());
  }

  static void requireSameOrigin(ContainerRequestContext request) {
    if (!SAFE_METHODS.contains(request.getMethod())
        && request.getHeaderString(CSRF_HEADER) == null) {
      throw new ApiException(
          Status.FORBIDDEN,
          "csrf.header_missing",
          "requests signed in with the console's cookie must carry the " + CSRF_HEADER + " header");
    }
  }

  static String set(String secret, Instant expiresAt, Instant now, boolean secure) {
    long maxAge = Math.max(0, Duration.between(now, expiresAt).getSeconds());
    return cookie(secret, maxAge, secure);
  }

  static String clear(boolean secure) {
    return cookie("", 0, secure);
  }

  private static String cookie(String value, long maxAge, boolean secure) {
    return NAME
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
