package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;

/**
 * The answer to revoking every personal token: how many went, and whether the token of the call was
 * one of them, which signs this machine out.
 */
record RevokedAll(int revoked, boolean callerRevoked) {

  static RevokedAll from(JsonObject json) {
    return new RevokedAll(json.getInt("revoked"), json.getBoolean("caller_revoked", false));
  }
}
