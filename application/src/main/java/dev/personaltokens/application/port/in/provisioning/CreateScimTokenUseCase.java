package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.client.ServiceName;

/** Makes a bearer token for an identity provider's SCIM client; an operator's call. */
@InOneTransaction
public interface CreateScimTokenUseCase {

  CreatedScimToken create(Actor actor, ServiceName name);
}
