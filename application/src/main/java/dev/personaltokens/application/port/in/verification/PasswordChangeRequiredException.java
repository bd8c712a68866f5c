package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/**
 * A session of an account whose password was generated or set by the operator: it may change the
 * password (and sign out, and tell who it is) and nothing else until then.
 */
public final class PasswordChangeRequiredException extends DomainException {

  public PasswordChangeRequiredException() {
    super(
        ErrorCategory.CONFLICT,
        "auth.password.change_required",
        "this account's password was given to you, not chosen by you: change it first"
            + " (POST /api/user/password with current_password and new_password)");
  }
}
