package dev.personaltokens.adapter.in.rest;

import java.util.List;

/**
 * One error in the body every failing answer carries: {@code {"errors":[...]}}. The {@code code} is
 * stable; {@code title} and {@code detail} are for people.
 */
public record ApiError(String status, String code, String title, String detail, Source source) {

  /** Where the error is: a JSON pointer into the request body, or a query or path parameter. */
  public record Source(String pointer, String parameter) {}

  /** The error body. */
  public record Body(List<ApiError> errors) {}
}
