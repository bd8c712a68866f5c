package dev.personaltokens.application.service.twofactor;

import dev.personaltokens.application.port.in.twofactor.GetTwoFactorUseCase;
import dev.personaltokens.application.service.session.SecondFactorCheck;
import dev.personaltokens.domain.account.AccountId;

public final class GetTwoFactorService implements GetTwoFactorUseCase {

  private final SecondFactorCheck check;

  public GetTwoFactorService(SecondFactorCheck check) {
    this.check = check;
  }

  @Override
  public boolean isEnabled(AccountId owner) {
    return check.enabledFor(owner).isPresent();
  }
}
