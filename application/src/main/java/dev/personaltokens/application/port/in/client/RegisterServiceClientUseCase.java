package dev.personaltokens.application.port.in.client;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.client.ServiceName;

/** Registers a service that may introspect tokens; an operator's call. */
@InOneTransaction
public interface RegisterServiceClientUseCase {

  RegisteredServiceClient register(Actor actor, ServiceName name);
}
