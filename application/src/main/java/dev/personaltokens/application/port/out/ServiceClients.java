package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import java.util.List;
import java.util.Optional;

/** The services registered to introspect personal tokens. */
public interface ServiceClients {

  void add(ServiceClient client);

  Optional<ServiceClient> findById(ServiceClientId id);

  /** Every registered client, oldest first. */
  List<ServiceClient> all();

  /** Deletes the client; false when there was none with this id. */
  boolean remove(ServiceClientId id);
}
