package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Forward auth's own way in: the container hands {@code /api/auth/verify} and every path under it
 * here, past JAX-RS, whose routing, per-request scopes and tracing cost a verification - the one
 * call every guarded request makes - about a third of its time. The servlet filters of the WAR (the
 * client's address, the security headers, TRACE refused) run before it as before any answer; the
 * verdict and its refusals are {@link ForwardAuth}'s and {@link ApiExceptionMapper}'s, as through
 * JAX-RS ({@link ForwardAuthFilter}), with the {@code Cache-Control} every API answer has.
 */
@WebServlet(urlPatterns = {"/api/auth/verify", "/api/auth/verify/*"})
public class ForwardAuthServlet extends HttpServlet {

  @Inject VerifyPersonalTokenUseCase verifyPersonalToken;

  public ForwardAuthServlet() {}

  ForwardAuthServlet(VerifyPersonalTokenUseCase verifyPersonalToken) {
    this.verifyPersonalToken = verifyPersonalToken;
  }

  /** Every method alike: the verdict is on the guarded request, whatever its method. */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean withBody = !"HEAD".equals(request.getMethod());
    // As on every answer of the API, the verdict and a refusal alike.
    response.addHeader(HttpHeaders.CACHE_CONTROL, ResponseHeadersFilter.NO_STORE);
    VerifiedTokenResponse verified;
    try {
      verified =
          ForwardAuth.verdict(
              verifyPersonalToken,
              joined(lines(request, HttpHeaders.AUTHORIZATION)),
              ForwardAuth.methodSignals(request.getMethod(), name -> lines(request, name)));
    } catch (RuntimeException refused) {
      // Never Basic here: the sign-in and introspection take it, verification takes tokens.
      write(ApiExceptionMapper.refusal(refused, false, false), response, withBody);
      return;
    }
    // Written straight, not built as a JAX-RS answer first: every guarded request comes here.
    // Added,
    // not set: none of them is there yet, and setting one looks for it among all those written.
    ForwardAuth.headers(verified).forEach(response::addHeader);
    if (ForwardAuth.asksForJson(lines(request, HttpHeaders.ACCEPT))) {
      writeJson(verified, response, withBody);
    }
  }

  /** Each line of a header as sent, as JAX-RS gives them: null when there is none. */
  private static List<String> lines(HttpServletRequest request, String name) {
    List<String> lines = Collections.list(request.getHeaders(name));
    return lines.isEmpty() ? null : lines;
  }

  /** A header's lines as one value, joined with commas as JAX-RS joins them. */
  private static String joined(List<String> lines) {
    return lines == null ? null : String.join(",", lines);
  }

  /** A refusal as JAX-RS would send it. */
  private static void write(Response answer, HttpServletResponse response, boolean withBody)
      throws IOException {
    response.setStatus(answer.getStatus());
    answer
        .getStringHeaders()
        .forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    if (answer.hasEntity()) {
      writeJson(answer.getEntity(), response, withBody);
    }
  }

  private static void writeJson(Object body, HttpServletResponse response, boolean withBody)
      throws IOException {
    byte[] json = JsonbConfiguration.JSONB.toJson(body).getBytes(StandardCharsets.UTF_8);
    response.setContentType(MediaType.APPLICATION_JSON);
    response.setContentLength(json.length);
    if (withBody) {
      response.getOutputStream().write(json);
    }
  }
}
