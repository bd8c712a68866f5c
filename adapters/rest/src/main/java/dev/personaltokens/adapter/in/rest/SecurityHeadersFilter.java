package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * Security headers on every answer, console pages and API alike. The Content-Security-Policy allows
 * only this origin's own script and style files: no inline script or style, no CDN, no framing, no
 * plugins; a token name full of HTML can't run anything even if it were ever put into the page as
 * markup. A console served over https (PTK_PUBLIC_URL) also tells browsers to come back over https
 * only (HSTS), since the container behind a TLS proxy can't see that itself. One of {@link
 * RequestFilters}, the first to write a header: each is added, not looked for among those set.
 */
public class SecurityHeadersFilter extends HttpFilter {

  /** A year, as browsers' preload lists ask; the header is only ever sent for https consoles. */
  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  private final transient Policies policies;

  SecurityHeadersFilter(Policies policies) {
    this.policies = policies;
  }

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    each(policies, response::addHeader);
    chain.doFilter(request, response);
  }

  /** Gives {@code header} each of the security headers and its value. */
  static void each(Policies policies, BiConsumer<String, String> header) {
    header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("X-Frame-Options", "DENY");
    header.accept("Referrer-Policy", "no-referrer");
    header.accept("Cross-Origin-Opener-Policy", "same-origin");
    header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (ConsoleCookie.of(policies).https()) {
      header.accept("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
  }
}
