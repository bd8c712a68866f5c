package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.RetryLaterException;
import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.InvalidValueException;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure under {@code /scim/v2} as RFC 7644's error (3.12): {@code schemas}, {@code status}
 * as a string, {@code scimType} where it defines one, {@code detail} a sentence - never the API's
 * shape, HTML or a stack trace. Not a {@code @Provider}: only {@link ScimApplication} lists it, or
 * the API would have two mappers of every failure.
 */
public class ScimExceptionMapper implements ExceptionMapper<Throwable> {

  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  private static final Logger LOG = Logger.getLogger(ScimExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof ScimException e) {
      return answer(e.status(), e.scimType(), e.getMessage()).build();
    }
    if (failure instanceof DomainException e) {
      Status status = ApiExceptionMapper.statusOf(e.category());
      String scimType =
          e instanceof EmailTakenException
              ? "uniqueness"
              : e instanceof InvalidValueException ? "invalidValue" : null;
      String detail =
          e instanceof EmailTakenException
              ? "userName: another user has this email already"
              : e.getMessage();
      Response.ResponseBuilder builder = answer(status, scimType, detail);
      if (e instanceof RetryLaterException later) {
        builder.header(HttpHeaders.RETRY_AFTER, later.retryAfterSeconds());
      }
      if (status == Status.UNAUTHORIZED) {
        builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ptk-scim\"");
      }
      return builder.build();
    }
    if (failure instanceof WebApplicationException e && e.getResponse().getStatus() < 500) {
      Response original = e.getResponse();
      Status status = Status.fromStatusCode(original.getStatus());
      String detail =
          switch (original.getStatus()) {
            case 404 ->
                "there is nothing at this address: SCIM serves Users,"
                    + " ServiceProviderConfig, ResourceTypes and Schemas";
            case 405 -> "this method is not allowed here; allowed: " + original.getAllowedMethods();
            default -> "the request is not valid";
          };
      Response.ResponseBuilder builder =
          answer(status == null ? Status.BAD_REQUEST : status, null, detail);
      if (original.getStatus() == 405) {
        builder.allow(original.getAllowedMethods());
      }
      return builder.build();
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, failure);
    return answer(
            Status.INTERNAL_SERVER_ERROR,
            null,
            "something went wrong on our side; quote error id " + errorId)
        .build();
  }

  private static Response.ResponseBuilder answer(Status status, String scimType, String detail) {
    JsonObjectBuilder error =
        JsonFactories.BUILDERS
            .createObjectBuilder()
            .add("schemas", JsonFactories.BUILDERS.createArrayBuilder().add(ERROR))
            .add("status", Integer.toString(status.getStatusCode()));
    if (scimType != null) {
      error.add("scimType", scimType);
    }
    error.add("detail", detail);
    return Response.status(status).type(ScimJson.MEDIA_TYPE).entity(error.build().toString());
  }
}
