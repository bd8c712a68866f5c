package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * One event of the instance's security log: the event, and whose log it is in.
 *
 * @param accountId 0 when the answer leaves it out
 * @param accountEmail "" when the answer leaves it out
 * @param json the entry ({@code account} and {@code event}) as the server sent it, for {@code -o
 *     json}
 */
record InstanceAuditEvent(long accountId, String accountEmail, AuditEvent event, JsonObject json) {

  static InstanceAuditEvent from(JsonObject json) {
    JsonObject account =
        json.get("account") instanceof JsonObject found ? found : JsonObject.EMPTY_JSON_OBJECT;
    return new InstanceAuditEvent(
        account.containsKey("id") ? account.getJsonNumber("id").longValue() : 0,
        account.getString("email", ""),
        AuditEvent.from(json.getJsonObject("event")),
        json);
  }
}
