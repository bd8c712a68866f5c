package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.domain.policy.InstancePolicy;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

public final class InMemoryInstancePolicies implements InstancePolicies {

  private final AtomicReference<InstancePolicy> policy = new AtomicReference<>();

  @Override
  public Optional<InstancePolicy> find() {
    return Optional.ofNullable(policy.get());
  }

  @Override
  public void save(InstancePolicy saved) {
    policy.set(saved);
  }
}
