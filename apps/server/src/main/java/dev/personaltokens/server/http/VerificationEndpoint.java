package dev.personaltokens.server.http;

import dev.personaltokens.adapter.in.rest.ForwardAuthAnswer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Forward auth answered by Payara's HTTP layer itself, before its servlet container: Payara maps
 * {@code /api/auth/verify} and every path under it here ({@link VerificationEndpointRegistration}),
 * as it maps a context root to its application. The servlet container's work around a request - the
 * request listeners, an invocation pushed and popped around the filter and the servlet, the valves,
 * the tracing lookup - was most of a verification's cost. The answer is {@link
 * ForwardAuthAnswer}'s, the servlet filter's steps included, so nothing of it differs from the
 * servlet's; the guard against undecodable requests sits above both, in the filter chain.
 */
final class VerificationEndpoint extends HttpHandler {

  private final ForwardAuthAnswer answer;
  private final ApplicationInvocation application;

  VerificationEndpoint(ForwardAuthAnswer answer, ApplicationInvocation application) {
    super("ptk-verification");
    this.answer = answer;
    this.application = application;
  }

  @Override
  public void service(Request request, Response response) throws IOException {
    Exchange exchange = new Exchange(request, response);
    // In an invocation of the application, as the servlet container would run it: a verification
    // the node cache can't answer reads the database through the container's EntityManager.
    application.run(() -> answer.answer(exchange, request.getRemoteAddr()));
    if (!exchange.described) {
      // The verdict has no body: said, as the servlet container says it, not left to chunking.
      response.setContentLength(0);
    }
  }

  private static final class Exchange implements ForwardAuthAnswer.Exchange {

    private final Request request;
    private final Response response;
    private boolean described;

    Exchange(Request request, Response response) {
      this.request = request;
      this.response = response;
    }

    @Override
    public String method() {
      return request.getMethod().getMethodString();
    }

    @Override
    public List<String> lines(String name) {
      List<String> lines = null;
      for (String line : request.getHeaders(name)) {
        if (lines == null) {
          lines = new ArrayList<>(1);
        }
        lines.add(line);
      }
      return lines;
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
      described = true;
      response.setContentType(type);
      response.setContentLength(length);
    }

    @Override
    public OutputStream body() {
      return response.getOutputStream();
    }
  }
}
