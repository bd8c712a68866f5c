package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Registered services in a map, listed as the table orders them. */
public final class InMemoryServiceClients implements ServiceClients {

  private final Map<ServiceClientId, ServiceClient> byId = new HashMap<>();

  @Override
  public synchronized void add(ServiceClient client) {
    if (byId.putIfAbsent(client.id(), client) != null) {
      throw new IllegalStateException("a client with this id exists already");
    }
  }

  @Override
  public synchronized Optional<ServiceClient> findById(ServiceClientId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized List<ServiceClient> all() {
    return byId.values().stream()
        .sorted(Comparator.comparing(ServiceClient::created).thenComparing(c -> c.id().value()))
        .toList();
  }

  @Override
  public synchronized boolean remove(ServiceClientId id) {
    return byId.remove(id) != null;
  }
}
