package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.session.SignInUseCase;
import dev.personaltokens.application.port.in.session.SignOutUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.domain.token.TokenSecret;
import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * Signing in with email and password (Azion's {@code POST /tokens}), and the code of a second
 * factor in {@value TwoFactorResource#OTP_HEADER} where the account has one; signing out.
 */
@Path("/tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionTokensResource {

  @Inject SignInUseCase signIn;
  @Inject SignOutUseCase signOut;

  @POST
  public Response signIn(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(TwoFactorResource.OTP_HEADER) String secondFactor) {
    AuthorizationHeader.Basic credentials =
        AuthorizationHeader.basic(authorization)
            .orElseThrow(AuthenticationException::badCredentials);
    IssuedSession issued =
        PasswordSignIn.signIn(signIn, credentials.user(), credentials.password(), secondFactor);
    return Response.status(Response.Status.CREATED)
        .entity(SessionTokenResponse.from(issued))
        .build();
  }

  /** Ends the session used to call it; a personal token is revoked on its own resource instead. */
  @DELETE
  @Authenticated
  @OpenBeforeFirstStep({FirstStep.CHANGE_PASSWORD, FirstStep.ENROL_TWO_FACTOR})
  public Response signOut(@Context SecurityContext security) {
    CallerPrincipal caller = CallerPrincipal.of(security);
    signOut.signOut(
        Actor.of(caller.principal().account()), TokenSecret.parse(caller.presentedSecret()));
    return Response.noContent().build();
  }
}
