package dev.personaltokens.application.port.in.client;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.client.ServiceClientId;

/**
 * Deletes a registered service: its next call is refused. {@link ServiceClientNotFoundException}
 * when there is none with this id.
 */
@InOneTransaction
public interface DeleteServiceClientUseCase {

  void delete(Actor actor, ServiceClientId id);
}
