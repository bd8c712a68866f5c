package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.client.ScimToken;
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
@Table(name = "scim_tokens")
@NamedQuery(
    name = "ScimToken.byDigest",
    query = "SELECT t FROM ScimTokenEntity t WHERE t.digest = :digest")
@NamedQuery(
    name = "ScimToken.all",
    query = "SELECT t FROM ScimTokenEntity t ORDER BY t.createdAt, t.id")
@NamedQuery(name = "ScimToken.remove", query = "DELETE FROM ScimTokenEntity t WHERE t.id = :id")
public class ScimTokenEntity {

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

  protected ScimTokenEntity() {}

  static ScimTokenEntity from(ScimToken token) {
    ScimTokenEntity entity = new ScimTokenEntity();
    entity.id = token.id().toString();
    entity.name = token.name().value();
    entity.hint = token.hint().value();
    entity.digest = token.digest().hex();
    entity.createdAt = token.created();
    return entity;
  }

  ScimToken toDomain() {
    return new ScimToken(
        UUID.fromString(id),
        new ServiceName(name),
        new TokenHint(hint),
        new TokenDigest(digest),
        createdAt);
  }
}
