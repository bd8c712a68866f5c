package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * One event of the security log, as the API describes it. Its time stays as the server wrote it, so
 * that the log shows one it cannot read as it is instead of failing.
 *
 * @param type "" when the answer leaves it out
 * @param created null when the answer leaves it out
 * @param ip null when there is none, as is {@code userAgent}
 * @param token null when the event is about no token
 * @param actor null when it was the account's own doing
 * @param json the event as the server sent it, for {@code -o json}
 */
record AuditEvent(
    String type,
    String created,
    String ip,
    String userAgent,
    Token token,
    Actor actor,
    JsonObject json) {

  /** The token an event is about, as it was then: never its secret. */
  record Token(String name, String hint) {}

  /**
   * Who did it when the account did not: an admin ({@code email}), or the operator at the command
   * line ({@code operator}); the other one is null.
   */
  record Actor(String email, String operator) {

    /** {@code admin@example.com}, or {@code operator root@host}. */
    String who() {
      return email != null ? email : "operator " + operator;
    }
  }

  static AuditEvent from(JsonObject json) {
    return new AuditEvent(
        json.getString("type", ""),
        json.getString("created", null),
        json.getString("ip", null),
        json.getString("user_agent", null),
        json.get("token") instanceof JsonObject token
            ? new Token(token.getString("name", ""), token.getString("hint", ""))
            : null,
        json.get("actor") instanceof JsonObject actor
            ? new Actor(actor.getString("email", null), actor.getString("operator", "?"))
            : null,
        json);
  }
}
