package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * A pending two-factor enrolment, as {@code POST /api/user/two_factor} gives it: the secret to type
 * into an authenticator app and the {@code otpauth://} URI that carries it.
 */
record TwoFactorEnrolment(String secret, String otpauthUri) {

  static TwoFactorEnrolment from(JsonObject json) {
    return new TwoFactorEnrolment(json.getString("secret"), json.getString("otpauth_uri"));
  }

  /** Never the secret, which a record's own toString would put into any message or log. */
  @Override
  public String toString() {
    return "TwoFactorEnrolment[]";
  }
}
