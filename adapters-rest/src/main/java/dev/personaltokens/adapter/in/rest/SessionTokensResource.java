package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.AuthenticationException;
import dev.personaltokens.application.port.in.IssuedSession;
import dev.personaltokens.domain.token.TokenSecret;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Signing in with email and password (Azion's {@code POST /tokens}) and signing out. */
@Path("/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionTokensResource {

  @Inject UseCases useCases;

  @POST
  public Response signIn(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    String credentials = AuthorizationHeader.basicCredentials(authorization);
    if (credentials == null) {
      throw AuthenticationException.badCredentials();
    }
    String decoded = decode(credentials);
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw AuthenticationException.badCredentials();
    }
    IssuedSession issued =
        PasswordSignIn.signIn(
            useCases.signIn(), decoded.substring(0, colon), decoded.substring(colon + 1));
    return Response.status(Response.Status.CREATED)
        .entity(SessionTokenResponse.from(issued))
        .build();
  }

  /** Ends the session used to call it; a personal token is revoked on its own resource instead. */
  @DELETE
  @Authenticated
  public Response signOut(@Context SecurityContext security) {
    CallerPrincipal caller = CallerPrincipal.of(security);
    useCases
        .signOut()
        .signOut(
            Actor.of(caller.principal().account()), TokenSecret.parse(caller.presentedSecret()));
    return Response.noContent().build();
  }

  private static String decode(String base64) {
    try {
      return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw AuthenticationException.badCredentials();
    }
  }
}
