package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "service_clients")
@NamedQuery(
    name = "ServiceClient.all",
    query = "SELECT c FROM ServiceClientEntity c ORDER BY c.createdAt, c.id")
@NamedQuery(
    name = "ServiceClient.remove",
    query = "DELETE FROM ServiceClientEntity c WHERE c.id = :id")
public class ServiceClientEntity extends NamedSecretEntity {

  protected ServiceClientEntity() {}

  static ServiceClientEntity from(ServiceClient client) {
    ServiceClientEntity entity = new ServiceClientEntity();
    entity.set(
        client.id().value(), client.name(), client.hint(), client.digest(), client.created());
    return entity;
  }

  ServiceClient toDomain() {
    return new ServiceClient(new ServiceClientId(id()), name(), hint(), digest(), created());
  }
}
