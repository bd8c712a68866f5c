package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.Optional;

/**
 * Replaces one of the owner's tokens by a successor with the same name, description, scope and
 * allowed addresses and a new secret; the old one is revoked at once. Without {@code expiresAt},
 * the successor lives as long as the old one did, capped by the maximum lifetime; with {@code
 * allowedIps}, it is bound to those addresses instead (none: anywhere).
 */
@InOneTransaction
public interface RotatePersonalTokenUseCase {

  Rotation rotate(
      AccountId owner, TokenId id, Optional<Instant> expiresAt, Optional<AllowedIps> allowedIps);
}
