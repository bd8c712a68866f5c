package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.domain.token.PersonalToken;

/**
 * What asking to rotate a token did. A reuse is an outcome, not a failure: the revocation of the
 * family must commit, and only then is the caller refused.
 */
public sealed interface Rotation {

  /** The new token, or, for a reuse, the refusal that the rotated-away token earns. */
  CreatedPersonalToken successor();

  /** The token was replaced by {@code created}, and revoked at once. */
  record Rotated(CreatedPersonalToken created) implements Rotation {

    @Override
    public CreatedPersonalToken successor() {
      return created;
    }
  }

  /**
   * The token had been rotated away already: whoever presents it now may hold a stolen copy, so
   * every live token of its family was revoked ({@code familyRevoked} of them).
   */
  record ReuseDetected(PersonalToken reused, int familyRevoked) implements Rotation {

    @Override
    public CreatedPersonalToken successor() {
      throw AuthenticationException.rotated(reused.revokedAt());
    }
  }
}
