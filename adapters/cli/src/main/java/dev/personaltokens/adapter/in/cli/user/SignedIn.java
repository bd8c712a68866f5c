package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * The answer to a sign-in with email and password: a session token, which {@code ptk login} uses
 * only to create the machine's personal token.
 */
record SignedIn(String token) {

  static SignedIn from(JsonObject json) {
    return new SignedIn(json.getString("token"));
  }

  /** Never the token, which a record's own toString would put into any message or log. */
  @Override
  public String toString() {
    return "SignedIn[]";
  }
}
