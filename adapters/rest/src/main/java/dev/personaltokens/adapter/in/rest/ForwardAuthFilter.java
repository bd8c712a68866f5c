package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.VerifiedToken;
import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import dev.personaltokens.domain.DomainException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forward auth for reverse proxies (nginx {@code auth_request}, Traefik {@code forwardAuth}, Envoy
 * {@code ext_authz}): {@code /api/auth/verify} and every path under it, for every HTTP method,
 * answers 200 with who the personal token is, or 401, 403 or 503 with the JSON error - nothing
 * else, since nginx turns any other status into a 500 and Envoy lets only 200 through.
 *
 * <p>The 200 says it in headers only, with no body: nginx's {@code auth_request} never reads a
 * body, so it can't keep a connection that had one, and every guarded request would cost a new
 * connection. A person trying it asks for the body with {@code Accept: application/json}.
 *
 * <p>A pre-matching filter rather than a resource: JAX-RS picks resource methods by HTTP method,
 * and here every method, even those no annotation names (PROPFIND, ...), gets the same answer.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ForwardAuthFilter implements ContainerRequestFilter {

  static final String USER = "X-Auth-Request-User";
  static final String EMAIL = "X-Auth-Request-Email";
  static final String TOKEN_ID = "X-Auth-Request-Token-Id";
  static final String SCOPE = "X-Auth-Request-Scope";

  /**
   * Where proxies say which method the guarded request has. nginx copies every header of the
   * client's into its verification request, so any of these may be the client's own word: all of
   * them, every line of each, count alongside the request's own method.
   */
  static final List<String> FORWARDED_METHOD = List.of("X-Forwarded-Method", "X-Original-Method");

  private static final Logger LOG = Logger.getLogger(ForwardAuthFilter.class.getName());

  @Inject VerifyPersonalTokenUseCase verifyPersonalToken;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!isVerification(request.getUriInfo().getPathSegments())) {
      return;
    }
    String secret = AuthorizationHeader.token(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    VerifiedToken verified;
    try {
      verified = verifyPersonalToken.verify(secret, methodSignals(request));
    } catch (DomainException | WebApplicationException answered) {
      throw answered;
    } catch (RuntimeException failure) {
      throw unavailable(failure);
    }
    request.abortWith(answer(verified, asksForJson(request)));
  }

  static boolean isVerification(List<PathSegment> path) {
    return path.size() >= 2
        && path.get(0).getPath().equals("auth")
        && path.get(1).getPath().equals("verify");
  }

  /** Every method the request is said to have: its own, then each method header's every line. */
  static List<String> methodSignals(ContainerRequestContext request) {
    List<String> methods = new ArrayList<>();
    methods.add(request.getMethod());
    for (String header : FORWARDED_METHOD) {
      List<String> lines = request.getHeaders().get(header);
      if (lines != null) {
        lines.forEach(line -> methods.add(line.strip()));
      }
    }
    return methods;
  }

  /**
   * Whether the caller names JSON itself among the media types it accepts: a wildcard ({@code
   * *}{@code /*}, what curl sends) asks for no body. Read leniently, as a list of media ranges: an
   * {@code Accept} that can't be parsed asks for nothing, and must not change the status.
   */
  static boolean asksForJson(ContainerRequestContext request) {
    List<String> accepts = request.getHeaders().get(HttpHeaders.ACCEPT);
    return accepts != null
        && accepts.stream()
            .flatMap(line -> Arrays.stream(line.split(",")))
            .map(range -> range.split(";", 2)[0].strip())
            .anyMatch(MediaType.APPLICATION_JSON::equalsIgnoreCase);
  }

  /** The headers for the proxy; the same as a body for a caller that asks for one. */
  private static Response answer(VerifiedToken verified, boolean withBody) {
    VerifiedTokenResponse body = VerifiedTokenResponse.from(verified);
    return (withBody ? Response.ok(body, MediaType.APPLICATION_JSON_TYPE) : Response.ok())
        .header(USER, body.user())
        .header(EMAIL, body.email())
        .header(TOKEN_ID, body.tokenId())
        .header(SCOPE, body.scope())
        .header(ResponseHeadersFilter.TOKEN_EXPIRATION, body.expiresAt())
        .build();
  }

  /**
   * Whatever else went wrong (a bug: the database being away is already {@code service.unavailable}
   * from the transaction boundary), the proxy gets the one status that means "can't tell now",
   * never a 500 that nginx would pass on as its own.
   */
  private static ApiException unavailable(RuntimeException failure) {
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Verification failed, error id " + errorId, failure);
    return new ApiException(
        Status.SERVICE_UNAVAILABLE,
        "service.unavailable",
        "tokens can't be verified right now; quote error id " + errorId);
  }
}
