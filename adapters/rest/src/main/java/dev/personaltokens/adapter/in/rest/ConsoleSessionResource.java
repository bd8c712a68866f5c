package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.session.SignInUseCase;
import dev.personaltokens.application.port.in.session.SignOutUseCase;
import dev.personaltokens.domain.token.TokenSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;

/**
 * The web console's sign-in and sign-out: the session token goes into an HttpOnly cookie and never
 * into the page.
 */
@Path("/session")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsoleSessionResource {

  /** {@code otp}: the code of a second factor, the sign-in's second step where there is one. */
  private static final Set<String> SIGN_IN_FIELDS = Set.of("email", "password", "otp");

  @Inject SignInUseCase signIn;
  @Inject SignOutUseCase signOut;
  @Inject Policies policies;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response signIn(InputStream body, @Context ContainerRequestContext request) {
    // Even signing in needs the header: a forged sign-in would put a victim in our account.
    ConsoleCookie.requireSameOrigin(request);
    JsonBody json = JsonBody.read(body, SIGN_IN_FIELDS);
    IssuedSession issued =
        PasswordSignIn.signIn(
            signIn,
            json.optionalString("email"),
            json.optionalString("password"),
            json.optionalString("otp"));
    String cookie =
        ConsoleCookie.of(policies)
            .set(
                issued.secret().reveal(),
                issued.session().expiresAt(),
                issued.session().created(),
                request.getSecurityContext().isSecure());
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.SET_COOKIE, cookie)
        .entity(new ConsoleSessionResponse(Timestamps.format(issued.session().expiresAt())))
        .build();
  }

  /**
   * How the sign-in page signs people in: with a password unless PTK_PASSWORD_SIGN_IN is off, and
   * through the identity provider of this name when there is one.
   */
  @GET
  @Path("methods")
  public SignInMethodsResponse methods() {
    return new SignInMethodsResponse(
        policies.singleSignOn().passwordSignIn(), policies.singleSignOn().provider().orElse(null));
  }

  /** Always clears the cookie; ends the session behind it when there is one. */
  @DELETE
  public Response signOut(@Context ContainerRequestContext request) {
    ConsoleCookie.requireSameOrigin(request);
    ConsoleCookie cookie = ConsoleCookie.of(policies);
    String secret = cookie.sessionSecret(request);
    if (secret != null && TokenSecret.isWellFormed(secret) && ConsoleCookie.holdsASession(secret)) {
      // Whoever holds the cookie may end its session; who that was is the session's to tell.
      signOut.signOut(Actor.ANONYMOUS, TokenSecret.parse(secret));
    }
    return Response.noContent()
        .header(HttpHeaders.SET_COOKIE, cookie.clear(request.getSecurityContext().isSecure()))
        .build();
  }

  /** {@code provider}: the identity provider's name; null (left out) without one. */
  public record SignInMethodsResponse(boolean passwordSignIn, String provider) {}

  /** What the page learns of its session: only when it ends. */
  public record ConsoleSessionResponse(String expiresAt) {}
}
