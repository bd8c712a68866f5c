package dev.personaltokens.application.service.twofactor;

import dev.personaltokens.application.port.in.twofactor.ConfirmTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.TwoFactorStateException;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.session.SecondFactorCheck;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.twofactor.RecoveryCode;
import dev.personaltokens.domain.twofactor.SecondFactor;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TwoFactor;
import java.util.List;
import java.util.stream.Stream;

public final class ConfirmTwoFactorService implements ConfirmTwoFactorUseCase {

  private final TwoFactors twoFactors;
  private final SecondFactorCheck check;
  private final Randomness randomness;
  private final Clock clock;
  private final Audit audit;

  public ConfirmTwoFactorService(
      TwoFactors twoFactors,
      SecondFactorCheck check,
      Randomness randomness,
      Clock clock,
      Audit audit) {
    this.twoFactors = twoFactors;
    this.check = check;
    this.randomness = randomness;
    this.clock = clock;
    this.audit = audit;
  }

  /**
   * The confirming code's step counts as used: the code that turned two-factor sign-in on can't
   * also sign in.
   */
  @Override
  public List<RecoveryCode> confirm(AccountId owner, SecondFactor code) {
    TwoFactor pending =
        twoFactors
            .find(owner)
            .filter(found -> !found.isEnabled())
            .orElseThrow(TwoFactorStateException::notPending);
    TimeStep step = check.stepOf(pending, code);
    List<RecoveryCode> recoveryCodes =
        Stream.generate(() -> RecoveryCode.issue(randomness.bytes(RecoveryCode.BYTES)))
            .limit(RecoveryCode.COUNT)
            .toList();
    boolean enabled =
        twoFactors.enable(
            owner,
            pending.secret(),
            step,
            recoveryCodes.stream().map(RecoveryCode::digest).toList(),
            clock.now());
    if (!enabled) {
      throw TwoFactorStateException.notPending();
    }
    audit.record(owner, AuditEventType.TWO_FACTOR_ENABLED, "");
    return recoveryCodes;
  }
}
