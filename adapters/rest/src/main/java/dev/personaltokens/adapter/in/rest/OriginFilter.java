package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.out.Origins;
import dev.personaltokens.domain.audit.Origin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Notes where each request comes from (client address, trusted-proxy aware, and user agent) for the
 * whole of its handling, which runs on this thread: the security log and the address a token was
 * last used from read it through {@link #ORIGINS}. Work no request asked for sees {@link
 * Origin#NONE}. One of {@link RequestFilters}.
 */
public class OriginFilter extends HttpFilter {

  private static final ThreadLocal<Origin> CURRENT = new ThreadLocal<>();

  /** The port the application reads the origin through. */
  public static final Origins ORIGINS =
      () -> {
        Origin origin = CURRENT.get();
        return origin == null ? Origin.NONE : origin;
      };

  private final transient TrustedProxies trustedProxies;

  OriginFilter(TrustedProxies trustedProxies) {
    this.trustedProxies = trustedProxies;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String client =
        trustedProxies.client(
            request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    CURRENT.set(new Origin(client, request.getHeader("User-Agent")));
    try {
      chain.doFilter(request, response);
    } finally {
      CURRENT.remove();
    }
  }
}
