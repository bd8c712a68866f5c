package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * A live personal token of any account, as the credentials inventory describes it: what its owner's
 * list shows ({@link ApiToken}, read the same way; never a key here), and whose it is.
 *
 * @param ownerId 0 when the answer leaves it out
 * @param ownerEmail "" when the answer leaves it out
 */
record InventoryToken(ApiToken token, long ownerId, String ownerEmail) {

  static InventoryToken from(JsonObject json) {
    JsonObject owner =
        json.get("owner") instanceof JsonObject found ? found : JsonObject.EMPTY_JSON_OBJECT;
    return new InventoryToken(
        ApiToken.from(json),
        owner.containsKey("id") ? owner.getJsonNumber("id").longValue() : 0,
        owner.getString("email", ""));
  }

  /** The token as the server sent it, for {@code -o json}. */
  JsonObject json() {
    return token.json();
  }
}
