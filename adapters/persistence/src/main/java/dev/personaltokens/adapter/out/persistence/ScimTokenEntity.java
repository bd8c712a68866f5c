package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.client.ScimToken;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "scim_tokens")
@NamedQuery(
    name = "ScimToken.byDigest",
    query = "SELECT t FROM ScimTokenEntity t WHERE t.digest = :digest")
@NamedQuery(
    name = "ScimToken.all",
    query = "SELECT t FROM ScimTokenEntity t ORDER BY t.createdAt, t.id")
@NamedQuery(name = "ScimToken.remove", query = "DELETE FROM ScimTokenEntity t WHERE t.id = :id")
public class ScimTokenEntity extends NamedSecretEntity {

  protected ScimTokenEntity() {}

  static ScimTokenEntity from(ScimToken token) {
    ScimTokenEntity entity = new ScimTokenEntity();
    entity.set(token.id(), token.name(), token.hint(), token.digest(), token.created());
    return entity;
  }

  ScimToken toDomain() {
    return new ScimToken(id(), name(), hint(), digest(), created());
  }
}
