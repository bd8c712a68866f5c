package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import dev.personaltokens.domain.audit.Origin;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Forward auth's answer to one request, written the same whichever way the request came in: {@link
 * ForwardAuthServlet}'s, behind the WAR's servlet filter, or the server's own endpoint, which
 * Payara hands the verification's paths before its servlet container and which therefore takes the
 * filter's steps here first ({@link #answer}). The verdict and its refusals are {@link
 * ForwardAuth}'s and {@link ApiExceptionMapper}'s, as through JAX-RS ({@link ForwardAuthFilter}),
 * with the {@code Cache-Control} every API answer has.
 */
public final class ForwardAuthAnswer {

  /** One request and its answer, as the way in holds them. */
  public interface Exchange {

    String method();

    /** Each line of the header as sent; null when there is none. */
    List<String> lines(String name);

    void status(int status);

    /** Added, not set: the answer holds none of those written here yet. */
    void header(String name, String value);

    /** The body's type and length, said before the body is written (if it is: not for a HEAD). */
    void describe(String type, int length);

    OutputStream body() throws IOException;
  }

  private final VerifyPersonalTokenUseCase verifyPersonalToken;
  private final TrustedProxies trustedProxies;
  private final Policies policies;

  public ForwardAuthAnswer(
      VerifyPersonalTokenUseCase verifyPersonalToken,
      TrustedProxies trustedProxies,
      Policies policies) {
    this.verifyPersonalToken = verifyPersonalToken;
    this.trustedProxies = trustedProxies;
    this.policies = policies;
  }

  /**
   * The answer to a request that came past the servlet container, with {@link RequestFilters}'
   * steps first: the security headers, TRACE refused (the container's JSON 405), the client's
   * address and user agent noted for the security log while the verdict is made.
   */
  public void answer(Exchange exchange, String peer) throws IOException {
    SecurityHeadersFilter.each(policies, exchange::header);
    if ("TRACE".equals(exchange.method())) {
      exchange.status(405);
      exchange.header(HttpHeaders.CACHE_CONTROL, ResponseHeadersFilter.NO_STORE);
      send(ContainerErrorServlet.JSON, ContainerErrorServlet.body(405), exchange);
      return;
    }
    List<String> forwardedFor = exchange.lines(OriginFilter.FORWARDED_FOR);
    List<String> userAgent = exchange.lines(HttpHeaders.USER_AGENT);
    Origin origin =
        OriginFilter.of(
            trustedProxies,
            peer,
            forwardedFor == null ? List.of() : forwardedFor,
            userAgent == null ? null : userAgent.get(0));
    OriginFilter.during(origin, () -> verdict(verifyPersonalToken, exchange));
  }

  /** The verdict and its headers, or the refusal, as JAX-RS would write them. */
  static void verdict(VerifyPersonalTokenUseCase verifyPersonalToken, Exchange exchange)
      throws IOException {
    // As on every answer of the API, the verdict and a refusal alike.
    exchange.header(HttpHeaders.CACHE_CONTROL, ResponseHeadersFilter.NO_STORE);
    VerifiedTokenResponse verified;
    try {
      verified =
          ForwardAuth.verdict(
              verifyPersonalToken,
              joined(exchange.lines(HttpHeaders.AUTHORIZATION)),
              ForwardAuth.methodSignals(exchange.method(), exchange::lines));
    } catch (RuntimeException refused) {
      // Never Basic here: the sign-in and introspection take it, verification takes tokens.
      refusal(ApiExceptionMapper.refusal(refused, false, false), exchange);
      return;
    }
    // Written straight, not built as a JAX-RS answer first: every guarded request comes here.
    ForwardAuth.headers(verified).forEach(exchange::header);
    if (ForwardAuth.asksForJson(exchange.lines(HttpHeaders.ACCEPT))) {
      json(verified, exchange);
    }
  }

  /** A header's lines as one value, joined with commas as JAX-RS joins them. */
  private static String joined(List<String> lines) {
    return lines == null ? null : String.join(",", lines);
  }

  /** A refusal as JAX-RS would send it. */
  private static void refusal(Response answer, Exchange exchange) throws IOException {
    exchange.status(answer.getStatus());
    answer
        .getStringHeaders()
        .forEach((name, values) -> values.forEach(value -> exchange.header(name, value)));
    if (answer.hasEntity()) {
      json(answer.getEntity(), exchange);
    }
  }

  private static void json(Object body, Exchange exchange) throws IOException {
    send(MediaType.APPLICATION_JSON, JsonbConfiguration.JSONB.toJson(body), exchange);
  }

  private static void send(String type, String text, Exchange exchange) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.describe(type, bytes.length);
    if (!"HEAD".equals(exchange.method())) {
      exchange.body().write(bytes);
    }
  }
}
