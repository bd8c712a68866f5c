package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * The answer to deactivating a person: who, and what that ended (nothing when they were deactivated
 * already).
 *
 * @param json the answer as the server sent it, for {@code -o json}
 */
record DeactivatedPerson(Person person, int tokensRevoked, int sessionsEnded, JsonObject json) {

  static DeactivatedPerson from(JsonObject json) {
    return new DeactivatedPerson(
        Person.from(json.getJsonObject("person")),
        json.getInt("tokens_revoked"),
        json.getInt("sessions_ended"),
        json);
  }
}
