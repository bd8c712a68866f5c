package dev.personaltokens.application.service.policy;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.port.in.policy.CurrentPolicyUseCase;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.domain.policy.InstancePolicy;

/**
 * The policy as this node holds it, read from the database only when it holds none: a change evicts
 * it on every node before it is answered ({@link NodeCache#policy}), so a request reads memory.
 * Until an admin sets one, the server's settings give the defaults.
 */
public final class CurrentPolicy implements CurrentPolicyUseCase {

  private final InstancePolicies policies;
  private final NodeCache cache;
  private final InstancePolicy defaults;

  public CurrentPolicy(InstancePolicies policies, NodeCache cache, InstancePolicy defaults) {
    this.policies = policies;
    this.cache = cache;
    this.defaults = defaults;
  }

  @Override
  public InstancePolicy current() {
    return cache.policy(() -> policies.find().orElse(defaults));
  }
}
