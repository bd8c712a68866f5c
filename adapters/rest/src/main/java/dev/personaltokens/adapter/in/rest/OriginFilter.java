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
import java.util.List;

/**
 * Notes where each request comes from (client address, trusted-proxy aware, and user agent) for the
 * whole of its handling, which runs on this thread: the security log and the address a token was
 * last used from read it through {@link #ORIGINS}. Work no request asked for sees {@link
 * Origin#NONE}. One of {@link RequestFilters}.
 */
public class OriginFilter extends HttpFilter {

  static final String FORWARDED_FOR = "X-Forwarded-For";

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
    Origin origin =
        of(
            trustedProxies,
            request.getRemoteAddr(),
            Collections.list(request.getHeaders(FORWARDED_FOR)),
            request.getHeader("User-Agent"));
    during(origin, () -> chain.doFilter(request, response));
  }

  /**
   * Where a request comes from: the client the trusted proxies name, of the {@code peer} and the
   * {@code X-Forwarded-For} lines it sent ({@code forwardedFor}), and its user agent.
   */
  static Origin of(
      TrustedProxies trustedProxies, String peer, List<String> forwardedFor, String userAgent) {
    return new Origin(trustedProxies.client(peer, forwardedFor), userAgent);
  }

  /** A request's handling, which may fail as its way in lets it. */
  interface Handling<E extends Exception> {
    void run() throws IOException, E;
  }

  /** Runs {@code handling} with {@code origin} noted as where the request comes from. */
  static <E extends Exception> void during(Origin origin, Handling<E> handling)
      throws IOException, E {
    CURRENT.set(origin);
    try {
      handling.run();
    } finally {
      CURRENT.remove();
    }
  }
}
