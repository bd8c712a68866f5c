package dev.personaltokens.application.service.session;

import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.OneTimeCodes;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.twofactor.RecoveryCode;
import dev.personaltokens.domain.twofactor.SecondFactor;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TwoFactor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Judges the second factor of an account with two-factor sign-in: the code its authenticator app
 * shows, or one of its recovery codes. A code passes once: an app's code only if it is of a later
 * time step than the last one accepted (no replay within its window, nor of an older one), a
 * recovery code only while it is unused - each taken by a conditional write, so that of two
 * concurrent uses one wins.
 */
public final class SecondFactorCheck {

  /**
   * The steps around now whose codes count: the one before, for a code typed as it changed or a
   * slow network, and the one after, for a phone whose clock is a little ahead (RFC 6238, 5.2).
   */
  private static final int DRIFT = 1;

  private final TwoFactors twoFactors;
  private final OneTimeCodes codes;
  private final Clock clock;
  private final Audit audit;
  private final SignInThrottle throttle;

  public SecondFactorCheck(
      TwoFactors twoFactors, OneTimeCodes codes, Clock clock, Audit audit, SharedState shared) {
    this.twoFactors = twoFactors;
    this.codes = codes;
    this.clock = clock;
    this.audit = audit;
    this.throttle = new SignInThrottle(clock, shared);
  }

  /** The account's two-factor sign-in, if it is on. */
  public Optional<TwoFactor> enabledFor(AccountId account) {
    return twoFactors.find(account).filter(TwoFactor::isEnabled);
  }

  /**
   * The step of the app's code {@code code} (as {@link #passes} takes one, but not used up): how an
   * enrolment is confirmed. Refused when it is missing, or no code the app shows now.
   */
  public TimeStep stepOf(TwoFactor twoFactor, SecondFactor code) {
    if (!code.isGiven()) {
      throw required();
    }
    return code.appCode()
        .flatMap(digits -> matching(twoFactor, digits))
        .orElseThrow(SecondFactorCheck::wrong);
  }

  /**
   * Whether {@code code} is good for {@code twoFactor} now; a good one is used up. In the caller's
   * transaction, which must commit for the use to count.
   */
  public boolean passes(TwoFactor twoFactor, SecondFactor code) {
    Optional<String> digits = code.appCode();
    if (digits.isPresent()) {
      return matching(twoFactor, digits.get())
          .map(step -> twoFactors.use(twoFactor.account(), step))
          .orElse(false);
    }
    Optional<RecoveryCode> recovery = code.recoveryCode();
    if (recovery.isEmpty()
        || !twoFactors.useRecoveryCode(twoFactor.account(), recovery.get().digest())) {
      return false;
    }
    int left = twoFactors.recoveryCodesLeft(twoFactor.account());
    audit.record(
        twoFactor.account(),
        AuditEventType.TWO_FACTOR_RECOVERY_USED,
        left + (left == 1 ? " recovery code left" : " recovery codes left"));
    return true;
  }

  /**
   * {@link #passes}, for a call of the account's owner, who is signed in already (turning
   * two-factor sign-in off): a wrong code counts in the sign-in throttle as a wrong password does,
   * so that a stolen session can't guess its way past the second factor either.
   */
  public void require(TwoFactor twoFactor, SecondFactor code) {
    if (!code.isGiven()) {
      throw required();
    }
    SignInThrottle.Attempt attempt =
        throttle.begin(
            SignInThrottle.whom(twoFactor.account()), String.valueOf(audit.origin().address()));
    if (!passes(twoFactor, code)) {
      throw wrong();
    }
    attempt.succeeded();
  }

  /**
   * The step within {@link #DRIFT} of now whose code is {@code digits}, unless a code of that step
   * was accepted already. Every step is compared, in constant time, whatever matched.
   */
  private Optional<TimeStep> matching(TwoFactor twoFactor, String digits) {
    TimeStep now = TimeStep.at(clock.now());
    TimeStep found = null;
    for (long offset = -DRIFT; offset <= DRIFT; offset++) {
      TimeStep step = now.plus(offset);
      boolean same =
          MessageDigest.isEqual(
              codes.at(twoFactor.secret(), step).getBytes(StandardCharsets.US_ASCII),
              digits.getBytes(StandardCharsets.US_ASCII));
      if (same && twoFactor.accepts(step)) {
        found = step;
      }
    }
    return Optional.ofNullable(found);
  }

  private static InvalidValueException required() {
    return new InvalidValueException(
        "two_factor.code.required", "code", "send the six-digit code your authenticator app shows");
  }

  private static InvalidValueException wrong() {
    return new InvalidValueException(
        "two_factor.code.invalid",
        "code",
        "the code is wrong or was used already; wait for the next one of your app, and check that"
            + " the phone's clock is right");
  }
}
