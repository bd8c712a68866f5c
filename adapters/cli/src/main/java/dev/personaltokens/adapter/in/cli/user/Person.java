package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.account.AccountStatus;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/**
 * A person of this server, as the admins' API describes an account. Times stay as the server wrote
 * them, so that a view shows one it cannot read as it is instead of failing.
 *
 * @param email "" when the answer leaves it out, as are {@code role} and {@code status}
 * @param created null when the answer leaves it out
 * @param lastSignInAt null until the first sign-in
 * @param liveTokens how many of its personal tokens still work: in the list only, null elsewhere
 * @param json the person as the server sent it, for {@code -o json}
 */
record Person(
    long id,
    String email,
    String role,
    String status,
    String created,
    String lastSignInAt,
    Long liveTokens,
    JsonObject json) {

  static Person from(JsonObject json) {
    return new Person(
        json.getJsonNumber("id").longValue(),
        json.getString("email", ""),
        json.getString("role", ""),
        json.getString("status", ""),
        json.getString("created", null),
        json.getString("last_sign_in_at", null),
        json.get("live_tokens") instanceof JsonNumber count ? count.longValue() : null,
        json);
  }

  boolean isDeactivated() {
    return AccountStatus.DEACTIVATED.code().equals(status);
  }
}
