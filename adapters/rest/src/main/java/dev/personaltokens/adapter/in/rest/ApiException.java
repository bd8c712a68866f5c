package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.InvalidValueException;
import jakarta.ws.rs.core.Response.Status;

/**
 * A request the API refuses before it reaches a use case (bad JSON, unknown fields and such), or a
 * value refused where the resource knows the input came from the query or the path.
 */
public final class ApiException extends RuntimeException {

  private final Status status;
  private final String code;
  private final ApiError.Source source;

  private ApiException(Status status, String code, String detail, ApiError.Source source) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.source = source;
  }

  /** Refused because of the value at {@code pointer} in the JSON body. */
  public ApiException(Status status, String code, String detail, String pointer) {
    this(status, code, detail, new ApiError.Source(pointer, null));
  }

  public ApiException(Status status, String code, String detail) {
    this(status, code, detail, (ApiError.Source) null);
  }

  /** A field of a form body (RFC 7662's {@code token}) is missing or repeated. */
  static ApiException inFormField(String field, String code, String detail) {
    return new ApiException(Status.BAD_REQUEST, code, detail, new ApiError.Source(null, field));
  }

  /** The value of the query or path parameter {@code parameter} is invalid. */
  static ApiException inParameter(String parameter, InvalidValueException invalid) {
    return new ApiException(
        Status.BAD_REQUEST,
        invalid.code(),
        invalid.getMessage(),
        new ApiError.Source(null, parameter));
  }

  public Status status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** Where in the request the fault is; null when it is the request as a whole. */
  public ApiError.Source source() {
    return source;
  }
}
