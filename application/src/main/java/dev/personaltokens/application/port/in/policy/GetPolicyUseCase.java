package dev.personaltokens.application.port.in.policy;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.policy.InstancePolicy;

/** The instance's policy, for an admin to read before changing it. */
@ReadsOnly
public interface GetPolicyUseCase {

  InstancePolicy get(Actor admin);
}
