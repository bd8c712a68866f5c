package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/**
 * A password session of an account without two-factor sign-in on a server whose policy requires it:
 * it may set it up (and sign out, and tell who it is) and nothing else until then.
 */
public final class TwoFactorRequiredException extends DomainException {

  public TwoFactorRequiredException() {
    super(
        ErrorCategory.CONFLICT,
        "auth.two_factor.required",
        "this server requires two-factor sign-in: set it up first (POST /api/user/two_factor,"
            + " then POST /api/user/two_factor/confirm with a code of the app)");
  }
}
