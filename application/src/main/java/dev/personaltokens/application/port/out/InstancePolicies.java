package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.policy.InstancePolicy;
import java.util.Optional;

/** The instance's policy as admins last set it: one for the whole database. */
public interface InstancePolicies {

  /** The policy an admin set; empty until one did. */
  Optional<InstancePolicy> find();

  /** Replaces the policy. */
  void save(InstancePolicy policy);
}
