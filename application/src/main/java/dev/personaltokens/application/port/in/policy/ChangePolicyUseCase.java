package dev.personaltokens.application.port.in.policy;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.policy.InstancePolicy;

/**
 * Replaces the instance's policy; every node holds the new one before the answer, and the admin's
 * security log says what it was and what it is.
 */
@InOneTransaction
public interface ChangePolicyUseCase {

  InstancePolicy change(Actor admin, InstancePolicy policy);
}
