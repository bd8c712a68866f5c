package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

/** Tokens and API answers for the tests. */
public final class Tokens {

  public static final String TOKEN =
      TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "0123456789abcdefghijABCDEFGHIJkl").reveal();
  public static final String OTHER_TOKEN =
      TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "ZYXWVUTSRQPONMLKJIHGFEDCBA987654").reveal();
  public static final String SESSION =
      TokenSecret.issue(SecretKind.SESSION, "sessionsessionsessionsession1234").reveal();
  public static final String ID = "86cb9928-3c8a-48a2-82af-74b29c02eb91";

  private Tokens() {}

  static String json(String uuid, String name, String description) {
    return "{\"uuid\":\""
        + uuid
        + "\",\"name\":\""
        + name
        + "\",\"description\":\""
        + description
        + "\",\"scope\":\"global\",\"hint\":\"ptk_...x1y2\",\"created\":\"2026-05-01T08:00:00Z\","
        + "\"last_modified\":\"2026-05-01T08:00:00Z\",\"expires_at\":\"2026-07-01T00:00:00Z\","
        + "\"last_used_at\":null}";
  }

  static String page(int count, int totalPages, String... tokens) {
    return "{\"count\":"
        + count
        + ",\"total_pages\":"
        + totalPages
        + ",\"schema_version\":3,\"links\":{\"previous\":null,\"next\":null},\"results\":["
        + String.join(",", tokens)
        + "]}";
  }
}
