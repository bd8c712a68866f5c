package dev.personaltokens.adapter.in.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * The JSON error body for the refusals no exception mapper of ours sees: Jersey answers a header it
 * can't parse (a {@code Content-Type: garbage}) with a bare 400 of its own, and its CDI module maps
 * a transaction's failure it sees first to a bare 500.
 */
@Provider
public class BareRefusalFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() < 400 || response.hasEntity()) {
      return;
    }
    // A 5xx with no body came from a mapper of the container's, not from the request.
    boolean ours = response.getStatus() >= 500;
    ApiError error =
        new ApiError(
            Integer.toString(response.getStatus()),
            ours ? "internal" : "request.invalid",
            response.getStatusInfo().getReasonPhrase(),
            ours
                ? "the server failed to answer; try again"
                : "the request can't be read; check its Content-Type and Accept headers",
            null);
    response.setEntity(
        new ApiError.Body(List.of(error)), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
  }
}
