package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;
import java.util.List;

/** One page of the caller's personal tokens, and how many pages it takes to list them all. */
record TokenPage(List<ApiToken> items, long totalPages) implements ListPage<ApiToken> {

  static TokenPage from(JsonObject json) {
    return new TokenPage(
        json.getJsonArray("results").getValuesAs(ApiToken::from),
        json.getJsonNumber("total_pages").longValue());
  }
}
