package dev.personaltokens.adapter.in.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The WAR's error page (WEB-INF/web.xml): what the servlet container refuses by itself - a
 * Content-Type it can't parse, TRACE, a path it won't serve - answers the API's JSON error body
 * instead of Payara's HTML page. The application's own refusals never come here.
 */
@WebServlet(ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

  static final String PATH = "/container-error";

  static final String JSON = "application/json;charset=UTF-8";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = attribute instanceof Integer code && code >= 400 ? code : 404;
    response.setStatus(status);
    response.setContentType(JSON);
    response.setHeader("Cache-Control", ResponseHeadersFilter.NO_STORE);
    response.getWriter().write(body(status));
  }

  /** The API's error body for a refusal with this status. */
  static String body(int status) {
    return JsonFactories.BUILDERS
        .createObjectBuilder()
        .add(
            "errors",
            JsonFactories.BUILDERS
                .createArrayBuilder()
                .add(
                    JsonFactories.BUILDERS
                        .createObjectBuilder()
                        .add("status", Integer.toString(status))
                        .add("code", code(status))
                        .add("title", title(status))
                        .add("detail", detail(status))))
        .build()
        .toString();
  }

  private static String code(int status) {
    return switch (status) {
      case 404 -> "not_found";
      case 405 -> "method.not_allowed";
      case 413 -> "request.body.too_large";
      case 414, 431 -> "request.too_large";
      default -> status >= 500 ? "internal" : "request.invalid";
    };
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      default -> status >= 500 ? "Internal Server Error" : "Request Refused";
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 404 -> "there is nothing at this address";
      case 405 -> "this method is not allowed here";
      default ->
          status >= 500
              ? "something went wrong on our side"
              : "the request is not valid HTTP for this server (a header, the method or the path)";
    };
  }
}
