package dev.personaltokens.adapter.in.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers on every answer of the API: the calling token's expiry, so that clients can warn before
 * it lapses, and no caching, since answers carry secrets (a new token, a session). The headers
 * every page gets are {@link SecurityHeadersFilter}'s.
 */
@Provider
public class ResponseHeadersFilter implements ContainerResponseFilter {

  public static final String TOKEN_EXPIRATION = "Personal-Token-Expiration";

  /** No answer is kept by a cache: answers carry secrets. */
  static final String NO_STORE = "no-store";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal caller) {
      response
          .getHeaders()
          .putSingle(TOKEN_EXPIRATION, Timestamps.formatOften(caller.principal().expiresAt()));
    }
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
  }
}
