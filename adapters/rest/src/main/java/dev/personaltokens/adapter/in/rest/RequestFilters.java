package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The WAR's one servlet filter, before every answer: where the request comes from ({@link
 * OriginFilter}), the security headers ({@link SecurityHeadersFilter}), then TRACE refused ({@link
 * TraceRefusalFilter}). One filter, not three, because Payara's bookkeeping around each filter it
 * calls (an invocation pushed and popped, the realm looked up, before and after) cost more than
 * what the three do: two filters fewer made a verification about a twentieth cheaper.
 */
@WebFilter(urlPatterns = "/*")
public class RequestFilters extends HttpFilter {

  @Inject TrustedProxies trustedProxies;
  @Inject Policies policies;

  private transient OriginFilter origin;
  private transient SecurityHeadersFilter headers;
  private final transient TraceRefusalFilter trace = new TraceRefusalFilter();

  public RequestFilters() {}

  RequestFilters(TrustedProxies trustedProxies, Policies policies) {
    this.trustedProxies = trustedProxies;
    this.policies = policies;
    init();
  }

  /** After the container injected the fields. */
  @Override
  public void init() {
    origin = new OriginFilter(trustedProxies);
    headers = new SecurityHeadersFilter(policies);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      origin.doFilter(
          request,
          response,
          (originNoted, sameResponse) ->
              headers.doFilter(
                  originNoted,
                  sameResponse,
                  (withHeaders, answer) -> trace.doFilter(withHeaders, answer, chain)));
    } finally {
      // Whoever the request was let in as is no one's once it ends: this thread serves others next.
      CallerPrincipal.forget();
    }
  }
}
