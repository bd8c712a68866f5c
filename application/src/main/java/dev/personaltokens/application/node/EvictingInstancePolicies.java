package dev.personaltokens.application.node;

import dev.personaltokens.application.port.out.Eviction;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.domain.policy.InstancePolicy;
import java.util.Optional;

/**
 * The policy's store as the use cases see it: its write tells the {@link NodeCache} that every
 * node's policy is stale, to be evicted everywhere once the call is done.
 */
final class EvictingInstancePolicies implements InstancePolicies {

  private final InstancePolicies store;
  private final NodeCache cache;

  EvictingInstancePolicies(InstancePolicies store, NodeCache cache) {
    this.store = store;
    this.cache = cache;
  }

  @Override
  public Optional<InstancePolicy> find() {
    return store.find();
  }

  @Override
  public void save(InstancePolicy policy) {
    store.save(policy);
    cache.stale(Eviction.POLICY);
  }
}
