package dev.personaltokens.adapter.in.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * TRACE is refused everywhere, with the API's JSON 405 (through the error page). The server lets
 * TRACE through to the application only so that it gets this answer: Grizzly's own refusal has no
 * body, and a servlet's default TRACE would echo the request, cookies included. One of {@link
 * RequestFilters}.
 */
public class TraceRefusalFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("TRACE".equals(request.getMethod())) {
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    chain.doFilter(request, response);
  }
}
