package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
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
 *
 * <p>When the console is served over https (PTK_PUBLIC_URL; behind a TLS proxy the container itself
 * sees plain HTTP, so the request can't tell), the cookie is {@code Secure} and named with the
 * {@code __Host-} prefix: a browser then keeps it only as set by this very host over https, for the
 * whole site, so neither a plain-HTTP page nor a sibling subdomain can plant or overwrite it. Only
 * a console on plain HTTP (localhost development) uses the bare name.
 *
 * @param https whether the console's public address is https
 */
record ConsoleCookie(boolean https) {

  static final String PLAIN_NAME = "ptk_session";
  static final String HTTPS_NAME = "__Host-" + PLAIN_NAME;
  static final String CSRF_HEADER = "X-Requested-With";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** The cookie of the console that {@code policies} say where it is. */
  static ConsoleCookie of(Policies policies) {
    return new ConsoleCookie(policies.consoleUrl().regionMatches(true, 0, "https:", 0, 6));
  }

  String name() {
    return https ? HTTPS_NAME : PLAIN_NAME;
  }

  /** The session token from the cookie, when the request has no Authorization header. */
  String sessionSecret(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      return null;
    }
    Cookie cookie = request.getCookies().get(name());
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

  /**
   * The cookie holding {@code secret}; {@code Secure} too when the request itself came over https,
   * whatever the public address says.
   */
  String set(String secret, Instant expiresAt, Instant now, boolean secureRequest) {
    long maxAge = Math.max(0, Duration.between(now, expiresAt).getSeconds());
    return cookie(secret, maxAge, secureRequest);
  }

  String clear(boolean secureRequest) {
    return cookie("", 0, secureRequest);
  }

  private String cookie(String value, long maxAge, boolean secureRequest) {
    return name()
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Strict"
        + (https || secureRequest ? "; Secure" : "");
  }
}
