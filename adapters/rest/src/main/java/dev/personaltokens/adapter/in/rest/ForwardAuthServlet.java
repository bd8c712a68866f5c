package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;

/**
 * Forward auth's way in through the servlet container: {@code /api/auth/verify} and every path
 * under it, past JAX-RS, whose routing, per-request scopes and tracing cost a verification - the
 * one call every guarded request makes - about a third of its time. The WAR's servlet filter runs
 * before it as before any answer; the answer is {@link ForwardAuthAnswer#verdict}'s. The server
 * hands these paths to its own endpoint before the container when it can (the server module's
 * {@code VerificationEndpoint}); this servlet answers them when it can't.
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
    ForwardAuthAnswer.verdict(verifyPersonalToken, new Exchange(request, response));
  }

  private record Exchange(HttpServletRequest request, HttpServletResponse response)
      implements ForwardAuthAnswer.Exchange {

    @Override
    public String method() {
      return request.getMethod();
    }

    @Override
    public List<String> lines(String name) {
      List<String> lines = Collections.list(request.getHeaders(name));
      return lines.isEmpty() ? null : lines;
    }

    @Override
    public void status(int status) {
      response.setStatus(status);
    }

    @Override
    public void header(String name, String value) {
      response.addHeader(name, value);
    }

    @Override
    public void describe(String type, int length) {
      response.setContentType(type);
      response.setContentLength(length);
    }

    @Override
    public OutputStream body() throws IOException {
      return response.getOutputStream();
    }
  }
}
