package dev.personaltokens.application.port.in.twofactor;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/** Asked for what the account's two-factor sign-in is not ready for: on, off or pending. */
public final class TwoFactorStateException extends DomainException {

  private TwoFactorStateException(String code, String message) {
    super(ErrorCategory.CONFLICT, code, message);
  }

  public static TwoFactorStateException alreadyOn() {
    return new TwoFactorStateException(
        "two_factor.enabled", "two-factor sign-in is on already; turn it off first, with a code");
  }

  public static TwoFactorStateException notPending() {
    return new TwoFactorStateException(
        "two_factor.not_pending",
        "there is no enrolment to confirm; start one, and confirm it with its first code");
  }

  public static TwoFactorStateException notOn() {
    return new TwoFactorStateException("two_factor.not_enabled", "two-factor sign-in is off");
  }

  public static TwoFactorStateException requiredByPolicy() {
    return new TwoFactorStateException(
        "two_factor.required",
        "this server's policy requires two-factor sign-in, so it can't be turned off; an admin can"
            + " change the policy");
  }
}
