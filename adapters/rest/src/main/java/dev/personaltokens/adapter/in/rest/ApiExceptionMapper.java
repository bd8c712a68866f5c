package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.RetryLaterException;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.InvalidValueException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become answers: every 4xx and 5xx of the API has the JSON error body
 * with a stable code, never an HTML page or a stack trace.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

  @Context UriInfo uri;
  @Context Request request;

  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    return refusal(failure, takesBasic(), isAtIntrospection());
  }

  /**
   * The answer to {@code failure}: a 401 asks for Basic credentials where the request's address
   * {@code takesBasic}, and a refused body type names the form {@code atIntrospection}.
   */
  static Response refusal(Throwable failure, boolean takesBasic, boolean atIntrospection) {
    if (failure instanceof ApiException e) {
      return answer(e.status(), e.code(), e.getMessage(), e.source()).build();
    }
    if (failure instanceof DomainException e) {
      Status status = statusOf(e.category());
      // A value of the body unless a resource said it came from the query or the path.
      ApiError.Source source =
          e instanceof InvalidValueException invalid ? pointer("/" + invalid.field()) : null;
      Response.ResponseBuilder builder = answer(status, e.code(), e.getMessage(), source);
      if (e instanceof RetryLaterException later) {
        builder.header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds());
      }
      return status == Status.UNAUTHORIZED
          ? challenge(builder, takesBasic).build()
          : builder.build();
    }
    if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
      return fromJaxRs(
          e, atIntrospection ? "application/x-www-form-urlencoded" : "application/json");
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, failure);
    return answer(
            Status.INTERNAL_SERVER_ERROR,
            "internal",
            "something went wrong on our side; quote error id " + errorId,
            null)
        .build();
  }

  /** The API's answer to each category of failure. */
  static Status statusOf(ErrorCategory category) {
    return switch (category) {
      case INVALID -> Status.BAD_REQUEST;
      case NOT_FOUND -> Status.NOT_FOUND;
      case CONFLICT -> Status.CONFLICT;
      case UNAUTHENTICATED -> Status.UNAUTHORIZED;
      case FORBIDDEN -> Status.FORBIDDEN;
      case THROTTLED -> Status.TOO_MANY_REQUESTS;
      case UNAVAILABLE -> Status.SERVICE_UNAVAILABLE;
    };
  }

  /**
   * Only what takes Basic credentials (the sign-in, introspection) asks for Basic, so that browsers
   * never pop up a password dialog.
   */
  private static Response.ResponseBuilder challenge(
      Response.ResponseBuilder builder, boolean takesBasic) {
    if (takesBasic) {
      return builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ptk\"");
    }
    return builder
        .header(HttpHeaders.WWW_AUTHENTICATE, "Token realm=\"ptk\"")
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ptk\"");
  }

  private boolean takesBasic() {
    return request != null
        && "POST".equals(request.getMethod())
        && (isAt("tokens") || isAtIntrospection());
  }

  private boolean isAtIntrospection() {
    return isAt(IntrospectionResource.PATH);
  }

  private boolean isAt(String path) {
    return uri != null
        && uri.getPath().replaceAll("^/+|/+$", "").equals(path.replaceAll("^/+", ""));
  }

  /** Jersey's own refusals (no such path, method, media type) in our shape, headers kept. */
  private static Response fromJaxRs(WebApplicationException e, String bodyType) {
    Response original = e.getResponse();
    Status status = Status.fromStatusCode(original.getStatus());
    int code = original.getStatus();
    String stableCode =
        switch (code) {
          case 404 -> "not_found";
          case 405 -> "method.not_allowed";
          case 406 -> "media_type.not_acceptable";
          case 415 -> "media_type.unsupported";
          default -> "request.invalid";
        };
    String detail =
        switch (code) {
          case 404 -> "there is nothing at this address";
          case 405 -> "this method is not allowed here; allowed: " + original.getAllowedMethods();
          case 406 -> "the API answers in application/json only";
          case 415 -> "send the body as " + bodyType;
          default -> "the request is not valid";
        };
    Response.ResponseBuilder builder =
        answer(status == null ? Status.BAD_REQUEST : status, stableCode, detail, null);
    if (e instanceof NotAllowedException) {
      builder.allow(original.getAllowedMethods());
    }
    return builder.build();
  }

  private static ApiError.Source pointer(String pointer) {
    return pointer == null ? null : new ApiError.Source(pointer, null);
  }

  static Response.ResponseBuilder answer(
      Status status, String code, String detail, ApiError.Source source) {
    ApiError error =
        new ApiError(
            Integer.toString(status.getStatusCode()),
            code,
            status.getReasonPhrase(),
            detail,
            source);
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError.Body(List.of(error)));
  }
}
