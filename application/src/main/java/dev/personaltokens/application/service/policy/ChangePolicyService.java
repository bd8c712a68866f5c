package dev.personaltokens.application.service.policy;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.policy.ChangePolicyUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.policy.InstancePolicy;

public final class ChangePolicyService implements ChangePolicyUseCase {

  private final InstancePolicies policies;
  private final CurrentPolicy current;
  private final Admins admins;
  private final Clock clock;
  private final Audit audit;

  /** {@code policies} evicting: the save tells every node's memory (see {@code UseCases.wire}). */
  public ChangePolicyService(
      InstancePolicies policies,
      CurrentPolicy current,
      Accounts accounts,
      Clock clock,
      Audit audit) {
    this.policies = policies;
    this.current = current;
    this.admins = new Admins(accounts);
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public InstancePolicy change(Actor admin, InstancePolicy wanted) {
    AuditActor by = admins.require(admin);
    InstancePolicy before = current.current();
    InstancePolicy after = wanted.setAt(clock.now());
    policies.save(after);
    // On the admin's own log: a policy is nobody's account, and the instance's log shows it all.
    if (by.admin() != null) {
      audit.record(by.admin(), AuditEventType.POLICY_CHANGED, after.changesFrom(before), by);
    }
    return after;
  }
}
