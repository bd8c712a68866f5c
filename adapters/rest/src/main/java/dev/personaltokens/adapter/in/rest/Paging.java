package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import jakarta.ws.rs.core.UriInfo;

/** {@code page} and {@code page_size} in, Azion's {@code links} out: every list of the API. */
final class Paging {

  private Paging() {}

  /** The page asked for; a bad value is refused naming its query parameter. */
  static PageRequest request(String page, String pageSize) {
    return Parameters.read(
        () ->
            new PageRequest(
                whole(page, 1, "page", "page.invalid"),
                whole(pageSize, PageRequest.DEFAULT_SIZE, "page_size", "page_size.invalid")));
  }

  /** Absolute links to the pages before and after {@code found}; null at either end. */
  static PersonalTokenListResponse.Links links(UriInfo uri, Page<?> found, PageRequest request) {
    return new PersonalTokenListResponse.Links(
        found.hasPrevious() ? link(uri, request.number() - 1) : null,
        found.hasNext() ? link(uri, request.number() + 1) : null);
  }

  private static String link(UriInfo uri, int page) {
    return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
  }

  private static int whole(String value, int absent, String parameter, String code) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(code, parameter, parameter + " must be a whole number");
    }
  }
}
