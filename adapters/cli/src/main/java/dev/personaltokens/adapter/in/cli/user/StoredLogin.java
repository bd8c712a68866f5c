package dev.personaltokens.adapter.in.cli.user;

import java.time.Instant;

/**
 * What {@code ptk login} keeps: the server, the token to use there and, when login created that
 * token, its id so that logout can revoke it.
 *
 * @param tokenId null when the token was given to {@code login --token}: not ours to revoke
 * @param expiresAt null when the server did not say
 */
record StoredLogin(String server, String token, String tokenId, String email, Instant expiresAt) {

  boolean createdByLogin() {
    return tokenId != null;
  }

  @Override
  public String toString() {
    return "StoredLogin[" + server + ", " + email + "]";
  }
}
