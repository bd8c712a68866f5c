package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * The account signed in, as {@code GET /api/user/me} describes it.
 *
 * @param role {@code member} or {@code admin}; null from a server older than roles
 * @param twoFactor whether password sign-in needs a second factor; null from a server older than
 *     two-factor sign-in
 */
record Me(long id, String email, String role, Boolean twoFactor) {

  static Me from(JsonObject json) {
    JsonObject account = json.getJsonObject("results");
    return new Me(
        account.getJsonNumber("id").longValue(),
        account.getString("email"),
        account.getString("role", null),
        account.containsKey("two_factor") ? account.getBoolean("two_factor") : null);
  }
}
