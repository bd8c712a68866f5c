package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * A one-time link for a person to set their own password, as the answer to adding them or to asking
 * for a new link tells of it: mailed to them, or handed to the admin this once.
 *
 * @param expiresAt as the server wrote it; null when the answer leaves it out
 * @param link the link itself when it was not mailed, for the admin to hand over; null when it was
 * @param json the answer as the server sent it, for {@code -o json}
 */
record IssuedLink(Person person, String expiresAt, String link, JsonObject json) {

  static IssuedLink from(JsonObject json) {
    return new IssuedLink(
        Person.from(json.getJsonObject("person")),
        json.getString("expires_at", null),
        json.getString("password_link", null),
        json);
  }

  /** Never the link, which a record's own toString would put into any message or log. */
  @Override
  public String toString() {
    return "IssuedLink[" + person.id() + (link == null ? ", mailed]" : ", not mailed]");
  }
}
