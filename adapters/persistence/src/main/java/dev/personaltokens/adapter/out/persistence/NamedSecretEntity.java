package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenHint;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What the store keeps of a secret an operator makes for a machine - a service client's, an
 * identity provider's SCIM token: its id, name, hint and digest (never the secret), and when it was
 * made; the same columns in each one's table.
 */
@MappedSuperclass
abstract class NamedSecretEntity {

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

  /** For the subclasses' {@code from}. */
  void set(UUID id, ServiceName name, TokenHint hint, TokenDigest digest, Instant created) {
    this.id = id.toString();
    this.name = name.value();
    this.hint = hint.value();
    this.digest = digest.hex();
    this.createdAt = created;
  }

  UUID id() {
    return UUID.fromString(id);
  }

  ServiceName name() {
    return new ServiceName(name);
  }

  TokenHint hint() {
    return new TokenHint(hint);
  }

  TokenDigest digest() {
    return new TokenDigest(digest);
  }

  Instant created() {
    return createdAt;
  }
}
