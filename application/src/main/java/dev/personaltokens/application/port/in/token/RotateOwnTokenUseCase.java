package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.token.AllowedIps;
import java.time.Instant;
import java.util.Optional;

/**
 * Rotates the personal token that is presented, as a script does with the one it holds. It takes
 * the secret itself, not an authenticated caller: a rotated-away secret must reach the rotation to
 * be recognised as a reuse - unless it comes from an address the token is not bound to, where
 * nothing of it is judged.
 */
@InOneTransaction
public interface RotateOwnTokenUseCase {

  Rotation rotateOwn(
      String presentedSecret, Optional<Instant> expiresAt, Optional<AllowedIps> allowedIps);
}
