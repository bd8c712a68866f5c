package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.AuthenticateUseCase;
import dev.personaltokens.application.port.in.Principal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Lets into {@link Authenticated} resources only callers with a valid token. */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Inject AuthenticateUseCase authenticate;

  @Override
  public void filter(ContainerRequestContext request) {
    String secret = AuthorizationHeader.token(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    Principal principal = authenticate.authenticate(secret);
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new CallerPrincipal(principal, secret, secure));
  }
}
