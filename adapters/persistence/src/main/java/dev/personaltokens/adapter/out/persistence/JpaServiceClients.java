package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

public class JpaServiceClients implements ServiceClients {

  private final EntityManager em;

  public JpaServiceClients(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ServiceClient client) {
    em.persist(ServiceClientEntity.from(client));
  }

  @Override
  public Optional<ServiceClient> findById(ServiceClientId id) {
    return Optional.ofNullable(em.find(ServiceClientEntity.class, id.toString()))
        .map(ServiceClientEntity::toDomain);
  }

  @Override
  public List<ServiceClient> all() {
    return em.createNamedQuery("ServiceClient.all", ServiceClientEntity.class)
        .getResultStream()
        .map(ServiceClientEntity::toDomain)
        .toList();
  }

  @Override
  public boolean remove(ServiceClientId id) {
    return em.createNamedQuery("ServiceClient.remove")
            .setParameter("id", id.toString())
            .executeUpdate()
        > 0;
  }
}
