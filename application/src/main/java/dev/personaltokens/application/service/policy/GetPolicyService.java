package dev.personaltokens.application.service.policy;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.policy.GetPolicyUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.domain.policy.InstancePolicy;

public final class GetPolicyService implements GetPolicyUseCase {

  private final Admins admins;
  private final CurrentPolicy policy;

  public GetPolicyService(Accounts accounts, CurrentPolicy policy) {
    this.admins = new Admins(accounts);
    this.policy = policy;
  }

  @Override
  public InstancePolicy get(Actor admin) {
    admins.require(admin);
    return policy.current();
  }
}
