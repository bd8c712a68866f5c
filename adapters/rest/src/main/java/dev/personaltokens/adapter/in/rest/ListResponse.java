package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.Page;
import java.util.List;
import java.util.function.Function;

/**
 * The envelope of the admins' lists: the same as Azion's for tokens ({@link
 * PersonalTokenListResponse}), so that a client pages every list alike.
 */
public record ListResponse<T>(
    long count,
    long totalPages,
    int schemaVersion,
    PersonalTokenListResponse.Links links,
    List<T> results) {

  static <X, T> ListResponse<T> of(
      Page<X> page, PersonalTokenListResponse.Links links, Function<X, T> item) {
    return new ListResponse<>(
        page.total(),
        page.totalPages(),
        PersonalTokenListResponse.SCHEMA_VERSION,
        links,
        page.items().stream().map(item).toList());
  }
}
