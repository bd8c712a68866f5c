package dev.personaltokens.application.service.twofactor;

import dev.personaltokens.application.port.in.twofactor.DisableTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.TwoFactorStateException;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.application.service.session.SecondFactorCheck;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.twofactor.SecondFactor;
import dev.personaltokens.domain.twofactor.TwoFactor;

public final class DisableTwoFactorService implements DisableTwoFactorUseCase {

  private final TwoFactors twoFactors;
  private final SecondFactorCheck check;
  private final CurrentPolicy policy;
  private final Audit audit;

  public DisableTwoFactorService(
      TwoFactors twoFactors, SecondFactorCheck check, CurrentPolicy policy, Audit audit) {
    this.twoFactors = twoFactors;
    this.check = check;
    this.policy = policy;
    this.audit = audit;
  }

  @Override
  public void disable(AccountId owner, SecondFactor code) {
    TwoFactor enabled = check.enabledFor(owner).orElseThrow(TwoFactorStateException::notOn);
    if (policy.current().requireTwoFactor()) {
      // Checked before the code, which a refusal would otherwise use up for nothing.
      throw TwoFactorStateException.requiredByPolicy();
    }
    check.require(enabled, code);
    twoFactors.remove(owner);
    audit.record(owner, AuditEventType.TWO_FACTOR_DISABLED, "");
  }
}
