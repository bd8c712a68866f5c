package dev.personaltokens.domain.token;

import dev.personaltokens.domain.account.AccountId;
import java.time.Instant;

/** A signed-in session of the console or an API client; short-lived, ended by signing out. */
public record Session(TokenDigest digest, AccountId account, Instant created, Instant expiresAt) {

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
