package dev.personaltokens.adapter.in.rest;

import jakarta.ws.rs.core.Response.Status;

/**
 * A request SCIM refuses, in its own words: the status, RFC 7644's {@code scimType} where it
 * defines one (null otherwise) and a sentence.
 */
final class ScimException extends RuntimeException {

  private final Status status;
  private final String scimType;

  ScimException(Status status, String scimType, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.scimType = scimType;
  }

  static ScimException invalidSyntax(String detail) {
    return new ScimException(Status.BAD_REQUEST, "invalidSyntax", detail);
  }

  static ScimException invalidValue(String detail) {
    return new ScimException(Status.BAD_REQUEST, "invalidValue", detail);
  }

  static ScimException invalidFilter(String detail) {
    return new ScimException(Status.BAD_REQUEST, "invalidFilter", detail);
  }

  static ScimException invalidPath(String detail) {
    return new ScimException(Status.BAD_REQUEST, "invalidPath", detail);
  }

  static ScimException mutability(String detail) {
    return new ScimException(Status.BAD_REQUEST, "mutability", detail);
  }

  static ScimException noUser(String id) {
    return new ScimException(Status.NOT_FOUND, null, "there is no user " + id);
  }

  Status status() {
    return status;
  }

  String scimType() {
    return scimType;
  }
}
