package dev.personaltokens.domain.token;

import dev.personaltokens.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;

/**
 * A one-time link with which a person sets their own password: the new person an admin added, or
 * one an admin sent a reset to. Known by the digest of its secret only; a newer link of the account
 * voids the older ones, and setting the password uses it up.
 */
public record PasswordLink(
    TokenDigest digest, AccountId account, Instant created, Instant expires) {

  /** How long a link works: long enough for a weekend. */
  public static final Duration LIFETIME = Duration.ofHours(72);

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expires);
  }
}
