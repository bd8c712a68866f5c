package dev.personaltokens.application.port.in.verification;

import java.util.Set;

/**
 * What a session must do before anything else, if anything: a password sign-in is let in, but until
 * the account is as the server demands, its session may only take this step, sign out and tell who
 * it is. A personal token never has one: none can be made before the step is taken, as making one
 * needs a session, and the tokens made before stay the credentials they were.
 */
public enum FirstStep {
  NONE,

  /** The password was generated at the first start or set by an operator, not chosen. */
  CHANGE_PASSWORD,

  /** The policy requires two-factor sign-in, and the account has not set it up. */
  ENROL_TWO_FACTOR;

  /** Refuses a request that is not open to a session of this step, when there is one. */
  public void requireOpenTo(Set<FirstStep> open) {
    if (this == NONE || open.contains(this)) {
      return;
    }
    throw this == CHANGE_PASSWORD
        ? new PasswordChangeRequiredException()
        : new TwoFactorRequiredException();
  }
}
