package dev.personaltokens.domain.twofactor;

import dev.personaltokens.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's two-factor sign-in: the secret its authenticator app shares, pending until a code of
 * the app confirmed it, then required at every password sign-in.
 *
 * @param enabled when a code confirmed it; null while the enrolment is pending
 * @param lastUsed the step of the latest code accepted; null before the first. A code of that step
 *     or an earlier one is never accepted again, so that a code seen over someone's shoulder or in
 *     a log can't sign in a second time.
 */
public record TwoFactor(
    AccountId account, TotpSecret secret, Instant created, Instant enabled, TimeStep lastUsed) {

  public TwoFactor {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(created, "created");
  }

  /** A new enrolment, waiting for the app's first code. */
  public static TwoFactor pending(AccountId account, TotpSecret secret, Instant created) {
    return new TwoFactor(account, secret, created, null, null);
  }

  public boolean isEnabled() {
    return enabled != null;
  }

  /** Whether a code of {@code step} may still be accepted: it is later than the last one used. */
  public boolean accepts(TimeStep step) {
    return lastUsed == null || step.isAfter(lastUsed);
  }
}
