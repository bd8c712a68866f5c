package dev.personaltokens.application.service.twofactor;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.port.in.twofactor.GetTwoFactorUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.service.session.SecondFactorCheck;
import dev.personaltokens.domain.account.AccountId;

public final class GetTwoFactorService implements GetTwoFactorUseCase {

  private final SecondFactorCheck check;
  private final NodeCache cache;
  private final Clock clock;

  public GetTwoFactorService(SecondFactorCheck check, NodeCache cache, Clock clock) {
    this.check = check;
    this.cache = cache;
    this.clock = clock;
  }

  /** From this node's memory when it holds the answer: who am I asks it at every call. */
  @Override
  public boolean isEnabled(AccountId owner) {
    return cache.twoFactorOn(owner, clock.now(), () -> check.enabledFor(owner).isPresent());
  }
}
