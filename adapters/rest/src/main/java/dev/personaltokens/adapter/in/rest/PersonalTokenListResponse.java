package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.PersonalToken;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** Azion's list envelope; {@code links} are absolute URLs, null at either end. */
public record PersonalTokenListResponse(
    long count,
    long totalPages,
    int schemaVersion,
    Links links,
    List<PersonalTokenResponse> results) {

  static final int SCHEMA_VERSION = 3;

  @JsonbNillable
  public record Links(String previous, String next) {}

  static PersonalTokenListResponse from(
      Page<PersonalToken> page, Links links, InstancePolicy policy) {
    return new PersonalTokenListResponse(
        page.total(),
        page.totalPages(),
        SCHEMA_VERSION,
        links,
        page.items().stream().map(token -> PersonalTokenResponse.from(token, policy)).toList());
  }
}
