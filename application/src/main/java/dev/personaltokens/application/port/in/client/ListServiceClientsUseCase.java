package dev.personaltokens.application.port.in.client;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.client.ServiceClient;
import java.util.List;

/** The registered services, oldest first; an operator's call. */
@InOneTransaction
public interface ListServiceClientsUseCase {

  List<ServiceClient> list(Actor actor);
}
