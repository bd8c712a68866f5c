package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.session.FinishProviderSignInUseCase;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.session.ProviderCallback;
import dev.personaltokens.application.port.in.session.ProviderRedirect;
import dev.personaltokens.application.port.in.session.StartProviderSignInUseCase;
import dev.personaltokens.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing in to the console through the identity provider: {@code login} sends the browser there,
 * {@code callback} is where it comes back. Both are navigations of the browser, not calls of a
 * script, so every answer is a redirect - to the provider, to the console with its session cookie,
 * or to the sign-in page with the failure's code, which the page says in a sentence of its own
 * (never the provider's words, nor anything else a link could put on our page). That is why these
 * catch what they fail with, where the rest of the API lets {@link ApiExceptionMapper} answer JSON.
 */
@Path("/oidc")
@ApplicationScoped
public class OidcResource {

  /**
   * The state the browser left with, so that the callback must come back to the same browser.
   * SameSite=Lax, unlike the session's: it must come along on the provider's redirect, a navigation
   * from another site; only to this path, and only for as long as a sign-in may take.
   */
  static final String STATE_COOKIE = "ptk_oidc_state";

  private static final String STATE_PATH = "/api/oidc/";
  private static final long STATE_SECONDS = 600;
  private static final Logger LOG = Logger.getLogger(OidcResource.class.getName());

  @Inject StartProviderSignInUseCase start;
  @Inject FinishProviderSignInUseCase finish;
  @Inject Policies policies;

  @GET
  @Path("login")
  public Response login(@Context ContainerRequestContext request) {
    boolean secure = secure(request);
    return redirecting(
        () -> {
          ProviderRedirect redirect = start.start();
          return Response.status(Status.FOUND)
              .location(redirect.location())
              .header(HttpHeaders.SET_COOKIE, stateCookie(redirect.state(), STATE_SECONDS, secure))
              .build();
        },
        secure);
  }

  @GET
  @Path("callback")
  public Response callback(
      @QueryParam("state") String state,
      @QueryParam("code") String code,
      @QueryParam("error") String error,
      @Context ContainerRequestContext request) {
    boolean secure = secure(request);
    Cookie kept = request.getCookies().get(STATE_COOKIE);
    return redirecting(
        () -> {
          IssuedSession issued =
              finish.finish(
                  new ProviderCallback(state, kept == null ? null : kept.getValue(), code, error));
          return Response.status(Status.FOUND)
              .location(URI.create(policies.consoleUrl()))
              .header(
                  HttpHeaders.SET_COOKIE,
                  ConsoleCookie.of(policies)
                      .set(
                          issued.secret().reveal(),
                          issued.session().expiresAt(),
                          issued.session().created(),
                          secure))
              .header(HttpHeaders.SET_COOKIE, stateCookie("", 0, secure))
              .build();
        },
        secure);
  }

  /**
   * {@code redirect}'s answer, or else the sign-in page with the failure's code; the state is
   * forgotten either way. The log says why, for the operator: the page can't.
   */
  private Response redirecting(Supplier<Response> redirect, boolean secure) {
    String code;
    try {
      return redirect.get();
    } catch (DomainException refused) {
      LOG.info("Sign-in through the identity provider refused: " + refused.getMessage());
      code = refused.code();
    } catch (RuntimeException failure) {
      String errorId = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, failure);
      code = "oidc.failed";
    }
    return Response.status(Status.FOUND)
        .location(
            URI.create(
                policies.consoleUrl()
                    + "?sign_in_error="
                    + URLEncoder.encode(code, StandardCharsets.UTF_8)))
        .header(HttpHeaders.SET_COOKIE, stateCookie("", 0, secure))
        .build();
  }

  private boolean secure(ContainerRequestContext request) {
    return ConsoleCookie.of(policies).https() || request.getSecurityContext().isSecure();
  }

  private static String stateCookie(String state, long maxAge, boolean secure) {
    return STATE_COOKIE
        + "="
        + state
        + "; Path="
        + STATE_PATH
        + "; Max-Age="
        + maxAge
        + "; HttpOnly; SameSite=Lax"
        + (secure ? "; Secure" : "");
  }
}
