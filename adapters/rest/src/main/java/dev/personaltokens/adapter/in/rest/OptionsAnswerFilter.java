package dev.personaltokens.adapter.in.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/**
 * OPTIONS says what an address allows in its {@code Allow} header and nothing else: 204 with no
 * body, rather than Jersey's plain-text list of the same methods - the API answers JSON or nothing.
 * Not forward auth: there OPTIONS is a guarded request like any other and gets the verdict.
 */
@Provider
public class OptionsAnswerFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if ("OPTIONS".equals(request.getMethod())
        && response.getStatus() == Status.OK.getStatusCode()
        && !ForwardAuthFilter.isVerification(request.getUriInfo().getPathSegments())) {
      response.setStatus(Status.NO_CONTENT.getStatusCode());
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    }
  }
}
