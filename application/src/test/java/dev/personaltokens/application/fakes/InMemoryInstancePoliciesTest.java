package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.application.port.out.InstancePoliciesContract;

public class InMemoryInstancePoliciesTest extends InstancePoliciesContract {

  private final InMemoryInstancePolicies policies = new InMemoryInstancePolicies();

  @Override
  protected InstancePolicies policies() {
    return policies;
  }
}
