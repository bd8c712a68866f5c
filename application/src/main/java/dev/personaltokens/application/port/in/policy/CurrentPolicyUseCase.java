package dev.personaltokens.application.port.in.policy;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.policy.InstancePolicy;

/**
 * The rules every account's tokens are held to now, from this node's memory: what the console's add
 * dialog offers, and why a listed token is blocked.
 */
@ReadsOnly
public interface CurrentPolicyUseCase {

  InstancePolicy current();
}
