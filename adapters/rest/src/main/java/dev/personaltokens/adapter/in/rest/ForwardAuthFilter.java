package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Forward auth's way in through JAX-RS: {@code /api/auth/verify} and every path under it that the
 * container does not hand to {@link ForwardAuthServlet} - the same path written otherwise (with a
 * matrix parameter, say), which Jersey still reads as the verification's - gets the same {@link
 * ForwardAuth} verdict, for every HTTP method.
 *
 * <p>A pre-matching filter rather than a resource: JAX-RS picks resource methods by HTTP method,
 * and here every method, even those no annotation names (PROPFIND, ...), gets the same answer.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ForwardAuthFilter implements ContainerRequestFilter {

  @Inject VerifyPersonalTokenUseCase verifyPersonalToken;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!isVerification(request.getUriInfo().getPathSegments())) {
      return;
    }
    VerifiedTokenResponse verified =
        ForwardAuth.verdict(
            verifyPersonalToken,
            request.getHeaderString(HttpHeaders.AUTHORIZATION),
            ForwardAuth.methodSignals(request.getMethod(), request.getHeaders()::get));
    Response.ResponseBuilder ok =
        ForwardAuth.asksForJson(request.getHeaders().get(HttpHeaders.ACCEPT))
            ? Response.ok(verified, MediaType.APPLICATION_JSON_TYPE)
            : Response.ok();
    ForwardAuth.headers(verified).forEach(ok::header);
    request.abortWith(ok.build());
  }

  static boolean isVerification(List<PathSegment> path) {
    return path.size() >= 2
        && path.get(0).getPath().equals("auth")
        && path.get(1).getPath().equals("verify");
  }
}
