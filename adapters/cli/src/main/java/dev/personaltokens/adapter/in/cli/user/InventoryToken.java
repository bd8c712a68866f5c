package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.token.Scope;
import jakarta.json.JsonObject;

/**
 * A live personal token of any account, as the credentials inventory describes it: what its owner's
 * list shows, never a key, and whose it is. Times stay as the server wrote them, so that a view
 * shows one it cannot read as it is instead of failing.
 *
 * @param uuid "" when the answer leaves it out, as are {@code name}, {@code description}, {@code
 *     hint} and the owner's email
 * @param scope {@code global}, the API's default, when the answer leaves it out
 * @param created null when the answer leaves it out, as are {@code lastModified} and {@code
 *     expiresAt}
 * @param lastUsedAt null when it was never used, as is {@code lastUsedIp}
 * @param ownerId 0 when the answer leaves it out
 * @param json the token as the server sent it, for {@code -o json}
 */
record InventoryToken(
    String uuid,
    String name,
    String description,
    String scope,
    String hint,
    String created,
    String lastModified,
    String expiresAt,
    String lastUsedAt,
    String lastUsedIp,
    long ownerId,
    String ownerEmail,
    JsonObject json) {

  static InventoryToken from(JsonObject json) {
    JsonObject owner =
        json.get("owner") instanceof JsonObject found ? found : JsonObject.EMPTY_JSON_OBJECT;
    return new InventoryToken(
        json.getString("uuid", ""),
        json.getString("name", ""),
        json.getString("description", ""),
        json.getString("scope", Scope.GLOBAL.code()),
        json.getString("hint", ""),
        json.getString("created", null),
        json.getString("last_modified", null),
        json.getString("expires_at", null),
        json.getString("last_used_at", null),
        json.getString("last_used_ip", null),
        owner.containsKey("id") ? owner.getJsonNumber("id").longValue() : 0,
        owner.getString("email", ""),
        json);
  }
}
