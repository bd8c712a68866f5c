package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import dev.personaltokens.domain.DomainException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forward auth for reverse proxies (nginx {@code auth_request}, Traefik {@code forwardAuth}, Envoy
 * {@code ext_authz}): {@code /api/auth/verify} and every path under it, for every HTTP method,
 * answers 200 with who the personal token is, or 401, 403 or 503 with the JSON error - nothing
 * else, since nginx turns any other status into a 500 and Envoy lets only 200 through. Its two ways
 * in, {@link ForwardAuthServlet} and {@link ForwardAuthFilter}, read the request each in its own
 * terms and judge it here.
 *
 * <p>The 200 says it in headers only, with no body: nginx's {@code auth_request} never reads a
 * body, so it can't keep a connection that had one, and every guarded request would cost a new
 * connection. A person trying it asks for the body with {@code Accept: application/json}.
 */
final class ForwardAuth {

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

  private static final Logger LOG = Logger.getLogger(ForwardAuth.class.getName());

  private ForwardAuth() {}

  /**
   * Who the token in {@code authorization} (the header's lines joined with commas, null when there
   * is none) is, used with {@code methods}: what the 200 says; a refusal is thrown, as the API maps
   * it.
   */
  static VerifiedTokenResponse verdict(
      VerifyPersonalTokenUseCase verifyPersonalToken, String authorization, List<String> methods) {
    String secret = AuthorizationHeader.token(authorization);
    try {
      return VerifiedTokenResponse.from(verifyPersonalToken.verify(secret, methods));
    } catch (DomainException | WebApplicationException answered) {
      throw answered;
    } catch (RuntimeException failure) {
      throw unavailable(failure);
    }
  }

  /**
   * The 200's headers, for the proxy: all it says, with no body (a caller that asks for JSON gets
   * the same as one).
   */
  static Map<String, String> headers(VerifiedTokenResponse verified) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(USER, verified.user());
    headers.put(EMAIL, verified.email());
    headers.put(TOKEN_ID, verified.tokenId());
    headers.put(SCOPE, verified.scope());
    headers.put(ResponseHeadersFilter.TOKEN_EXPIRATION, verified.expiresAt());
    return headers;
  }

  /**
   * Every method the request is said to have: its own, then each method header's every line ({@code
   * lines}: a header's lines by name, null or empty when it was not sent).
   */
  static List<String> methodSignals(String method, Function<String, List<String>> lines) {
    List<String> methods = new ArrayList<>();
    methods.add(method);
    for (String header : FORWARDED_METHOD) {
      List<String> sent = lines.apply(header);
      if (sent != null) {
        sent.forEach(line -> methods.add(line.strip()));
      }
    }
    return methods;
  }

  /**
   * Whether the caller names JSON itself among the media types it accepts ({@code accepts}: the
   * {@code Accept} header's lines, null when none): a wildcard ({@code *}{@code /*}, what curl
   * sends) asks for no body. Read leniently, as a list of media ranges: an {@code Accept} that
   * can't be parsed asks for nothing, and must not change the status.
   */
  static boolean asksForJson(List<String> accepts) {
    return accepts != null
        && accepts.stream()
            .flatMap(line -> Arrays.stream(line.split(",")))
            .map(range -> range.split(";", 2)[0].strip())
            .anyMatch(MediaType.APPLICATION_JSON::equalsIgnoreCase);
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
