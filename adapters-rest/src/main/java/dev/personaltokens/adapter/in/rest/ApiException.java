package dev.personaltokens.adapter.in.rest;

import jakarta.ws.rs.core.Response.Status;

/** A request the API refuses before it reaches a use case: bad JSON, unknown fields, and such. */
public final class ApiException extends RuntimeException {

  private final Status status;
  private final String code;
  private final String pointer;

  public ApiException(Status status, String code, String detail, String pointer) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.pointer = pointer;
  }

  public ApiException(Status status, String code, String detail) {
    this(status, code, detail, null);
  }

  public Status status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String pointer() {
    return pointer;
  }
}
