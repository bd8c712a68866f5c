package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;

/** People and the admins' API answers, for the tests. */
final class People {

  static final String LIST = "/api/admin/accounts?page=1&page_size=100&search=";
  static final String LINK_SECRET =
      TokenSecret.issue(SecretKind.PASSWORD_LINK, "LinkLinkLinkLinkLinkLinkLinkLink").reveal();
  static final String FORBIDDEN =
      FakeApi.error(403, "auth.role.insufficient", "this needs an admin of this server");

  private People() {}

  /** A person as the answer to an action on them describes them. */
  static String person(long id, String email, String role, String status) {
    return "{\"id\":"
        + id
        + ",\"email\":\""
        + email
        + "\",\"role\":\""
        + role
        + "\",\"status\":\""
        + status
        + "\",\"created\":\"2026-05-01T08:00:00Z\",\"last_sign_in_at\":null}";
  }

  /** A person as the list shows them: with a last sign-in (or null) and 2 live tokens. */
  static String listed(long id, String email, String status, String lastSignIn) {
    return person(id, email, "member", status)
        .replace(
            "\"last_sign_in_at\":null}",
            "\"last_sign_in_at\":"
                + (lastSignIn == null ? "null" : "\"" + lastSignIn + "\"")
                + ",\"live_tokens\":2}");
  }

  static String page(long count, long totalPages, String... people) {
    return "{\"count\":"
        + count
        + ",\"total_pages\":"
        + totalPages
        + ",\"schema_version\":3,\"links\":{\"previous\":null,\"next\":null},\"results\":["
        + String.join(",", people)
        + "]}";
  }

  /** The answer to an add or a new link: {@code link} null when it was mailed. */
  static String issued(String person, String link) {
    return "{\"person\":"
        + person
        + ",\"password_link_mailed\":"
        + (link == null)
        + (link == null ? "" : ",\"password_link\":\"" + link + "\"")
        + ",\"expires_at\":\"2026-06-04T12:00:00Z\"}";
  }

  static String deactivated(String person, int tokens, int sessions) {
    return "{\"person\":"
        + person
        + ",\"tokens_revoked\":"
        + tokens
        + ",\"sessions_ended\":"
        + sessions
        + "}";
  }
}
