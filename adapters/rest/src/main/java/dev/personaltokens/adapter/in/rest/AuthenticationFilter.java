package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.verification.AuthenticateUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.application.port.in.verification.Principal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * Lets into {@link Authenticated} resources only callers with a valid token (from the {@code
 * Authorization} header, or else the console's session cookie) whose scope allows the method, and a
 * session that must take a first step only into what is {@link OpenBeforeFirstStep} to it.
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

  @Inject AuthenticateUseCase authenticate;
  @Inject Policies policies;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    CallerPrincipal caller = caller(request, authenticate, policies);
    // The method's annotation is read only for a session with a step to take: read through
    // Jersey's proxy for every request, it took 1 % of an authenticated call's time (profiled).
    if (caller.principal().firstStep() != FirstStep.NONE) {
      OpenBeforeFirstStep open =
          resource.getResourceMethod().getAnnotation(OpenBeforeFirstStep.class);
      caller.principal().requireFirstStepTaken(open == null ? Set.of() : Set.of(open.value()));
    }
    request.setSecurityContext(caller);
    CallerPrincipal.letIn(caller);
  }

  /**
   * The caller of {@code request}, for this filter and for the one resource that authenticates only
   * some of its requests (a password change; a one-time link needs no sign-in).
   */
  static CallerPrincipal caller(
      ContainerRequestContext request, AuthenticateUseCase authenticate, Policies policies) {
    String secret = ConsoleCookie.of(policies).sessionSecret(request);
    if (secret == null) {
      secret = AuthorizationHeader.token(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    } else {
      ConsoleCookie.requireSameOrigin(request);
      if (!ConsoleCookie.holdsASession(secret)) {
        throw AuthenticationException.invalid();
      }
    }
    Principal principal = authenticate.authenticate(secret);
    principal.requireAllowed(List.of(request.getMethod()));
    boolean secure = request.getSecurityContext().isSecure();
    return new CallerPrincipal(principal, secret, secure);
  }
}
