package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.provisioning.AuthenticateProvisionerUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Lets into {@link ScimAuthenticated} resources only an identity provider with a SCIM token - never
 * a personal or session token - and only under {@link ScimApplication#PATH}: the API's application
 * is given these resources too (it names no classes), and there they are not.
 */
@Provider
@ScimAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class ScimAuthenticationFilter implements ContainerRequestFilter {

  @Inject AuthenticateProvisionerUseCase authenticate;

  @Override
  public void filter(ContainerRequestContext request) {
    // Under the WAR's context path, whatever it is.
    if (!request.getUriInfo().getBaseUri().getPath().endsWith(ScimApplication.PATH + "/")) {
      throw new NotFoundException();
    }
    String secret =
        AuthorizationHeader.token(
            request.getHeaderString(HttpHeaders.AUTHORIZATION),
            AuthenticationException::noScimToken);
    Actor provisioner = authenticate.authenticate(secret);
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new Caller(provisioner, secure));
  }

  /** The actor of a call the filter let in. */
  static Actor actor(SecurityContext context) {
    return ((Caller) context.getUserPrincipal()).actor();
  }

  private record Caller(Actor actor, boolean secure) implements Principal, SecurityContext {

    @Override
    public String getName() {
      return actor.describe();
    }

    @Override
    public Principal getUserPrincipal() {
      return this;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Bearer";
    }
  }
}
