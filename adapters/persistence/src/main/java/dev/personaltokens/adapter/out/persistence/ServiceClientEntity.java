package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.client.ServiceClient;
import dev.personaltokens.domain.client.ServiceClientId;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenHint;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "service_clients")
@NamedQuery(
    name = "ServiceClient.all",
    query = "SELECT c FROM ServiceClientEntity c ORDER BY c.createdAt, c.id")
@NamedQuery(
    name = "ServiceClient.remove",
    query = "DELETE FROM ServiceClientEntity c WHERE c.id = :id")
public class ServiceClientEntity {

  /** MariaDB's native UUID type, bound as text, as for tokens. */
  @Id
  @Column(name = "id", columnDefinition = "UUID")
  private String id;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "hint", nullable = false, length = 16)
  private String hint;

  @Column(name = "digest", nullable = false, length = 64)
  private String digest;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ServiceClientEntity() {}

  static ServiceClientEntity from(ServiceClient client) {
    ServiceClientEntity entity = new ServiceClientEntity();
    entity.id = client.id().toString();
    entity.name = client.name().value();
    entity.hint = client.hint().value();
    entity.digest = client.digest().hex();
    entity.createdAt = client.created();
    return entity;
  }

  ServiceClient toDomain() {
    return new ServiceClient(
        new ServiceClientId(UUID.fromString(id)),
        new ServiceName(name),
        new TokenHint(hint),
        new TokenDigest(digest),
        createdAt);
  }
}
