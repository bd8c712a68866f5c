package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenHint;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenName;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "personal_tokens")
@NamedQuery(
    name = "PersonalToken.byDigest",
    query = "SELECT t FROM PersonalTokenEntity t WHERE t.digest = :digest")
@NamedQuery(
    name = "PersonalToken.unrevoked",
    query =
        "SELECT t FROM PersonalTokenEntity t"
            + " WHERE t.accountId = :owner AND t.revokedAt IS NULL AND "
            + PersonalTokenEntity.MATCHES_SEARCH
            + " ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(
    name = "PersonalToken.byIds",
    query =
        "SELECT t FROM PersonalTokenEntity t WHERE t.id IN :ids"
            + " ORDER BY t.createdAt DESC, t.id DESC")
@NamedQuery(
    name = "PersonalToken.countUnrevoked",
    query =
        "SELECT COUNT(t) FROM PersonalTokenEntity t"
            + " WHERE t.accountId = :owner AND t.revokedAt IS NULL AND "
            + PersonalTokenEntity.MATCHES_SEARCH)
@NamedQuery(
    name = "PersonalToken.revoke",
    query =
        "UPDATE PersonalTokenEntity t"
            + " SET t.revokedAt = :at, t.lastModifiedAt = :at, t.revocation = :why"
            + " WHERE t.id = :id AND t.revokedAt IS NULL")
@NamedQuery(
    name = "PersonalToken.revokeFamily",
    query =
        "UPDATE PersonalTokenEntity t"
            + " SET t.revokedAt = :at, t.lastModifiedAt = :at, t.revocation = :why"
            + " WHERE t.familyId = :family AND t.revokedAt IS NULL")
@NamedQuery(
    name = "PersonalToken.revokeAllOf",
    query =
        "UPDATE PersonalTokenEntity t"
            + " SET t.revokedAt = :at, t.lastModifiedAt = :at, t.revocation = :why"
            + " WHERE t.accountId = :owner AND t.revokedAt IS NULL")
@NamedQuery(
    name = "PersonalToken.unusedSince",
    query =
        "SELECT t FROM PersonalTokenEntity t WHERE "
            + PersonalTokenEntity.UNUSED_SINCE
            + " AND t.expiresAt > :now")
@NamedQuery(
    name = "PersonalToken.revokeUnused",
    query =
        "UPDATE PersonalTokenEntity t"
            + " SET t.revokedAt = :at, t.lastModifiedAt = :at, t.revocation = :why"
            + " WHERE t.id = :id AND "
            + PersonalTokenEntity.UNUSED_SINCE)
@NamedQuery(
    name = "PersonalToken.liveByDigests",
    query =
        "SELECT t FROM PersonalTokenEntity t WHERE t.digest IN :digests AND t.revokedAt IS NULL")
@NamedQuery(
    name = "PersonalToken.use",
    query =
        "UPDATE PersonalTokenEntity t SET t.lastUsedAt = :at, t.lastUsedIp = :address"
            + " WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :at)")
@NamedQuery(
    name = "PersonalToken.removeEnded",
    query =
        "DELETE FROM PersonalTokenEntity t"
            + " WHERE t.expiresAt < :cutoff OR t.revokedAt < :cutoff")
public class PersonalTokenEntity {

  /**
   * The token's name or description contains the LIKE pattern {@code :pattern}, any case: the
   * pattern is {@link JpaPersonalTokens#containsPattern}'s, in lower case and escaped with '!'.
   */
  static final String MATCHES_SEARCH =
      "(LOWER(t.name) LIKE :pattern ESCAPE '!' OR LOWER(t.description) LIKE :pattern ESCAPE '!')";

  /**
   * The token is unrevoked and unused since {@code :since} or before - never used: made then or
   * before. Written as two ranges of ix_personal_tokens_activity (Flyway V10), not as a COALESCE,
   * which no index could serve.
   */
  static final String UNUSED_SINCE =
      "t.revokedAt IS NULL AND (t.lastUsedAt <= :since"
          + " OR (t.lastUsedAt IS NULL AND t.createdAt <= :since))";

  /** MariaDB's native UUID type, bound as text: the one mapping EclipseLink 4 and 5 both read. */
  @Id
  @Column(name = "id", columnDefinition = "UUID")
  private String id;

  @Column(name = "family_id", columnDefinition = "UUID", nullable = false)
  private String familyId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "description", nullable = false, length = 255)
  private String description;

  @Column(name = "scope", nullable = false, length = 32)
  private String scope;

  /** {@link AllowedIps#text}: canonical entries, comma-separated; "" for anywhere. */
  @Column(name = "allowed_ips", nullable = false, length = 1000)
  private String allowedIps;

  @Column(name = "hint", nullable = false, length = 16)
  private String hint;

  @Column(name = "digest", nullable = false, length = 64)
  private String digest;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "last_modified_at", nullable = false)
  private Instant lastModifiedAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_ip", length = 45)
  private String lastUsedIp;

  @Convert(converter = InstantConverter.class)
  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revocation", length = 16)
  private String revocation;

  protected PersonalTokenEntity() {}

  static PersonalTokenEntity from(PersonalToken token) {
    return new PersonalTokenEntity(
        token.id().toString(),
        token.family().toString(),
        token.owner().value(),
        token.name().value(),
        token.description().value(),
        token.scope().code(),
        token.allowedIps().text(),
        token.hint().value(),
        token.digest().hex(),
        token.created(),
        token.lastModified(),
        token.expiresAt(),
        token.lastUsedAt(),
        token.lastUsedIp(),
        token.revokedAt(),
        token.revocation() == null ? null : token.revocation().code());
  }

  long accountId() {
    return accountId;
  }

  PersonalToken toDomain() {
    return new PersonalToken(
        new TokenId(UUID.fromString(id)),
        new TokenId(UUID.fromString(familyId)),
        new AccountId(accountId),
        new TokenName(name),
        new TokenDescription(description),
        Scope.fromCode(scope),
        AllowedIps.fromText(allowedIps),
        new TokenHint(hint),
        new TokenDigest(digest),
        createdAt,
        lastModifiedAt,
        expiresAt,
        lastUsedAt,
        lastUsedIp,
        revokedAt,
        revocation == null ? null : Revocation.fromCode(revocation));
  }

  private PersonalTokenEntity(
      String id,
      String familyId,
      long accountId,
      String name,
      String description,
      String scope,
      String allowedIps,
      String hint,
      String digest,
      Instant createdAt,
      Instant lastModifiedAt,
      Instant expiresAt,
      Instant lastUsedAt,
      String lastUsedIp,
      Instant revokedAt,
      String revocation) {
    this.id = id;
    this.familyId = familyId;
    this.accountId = accountId;
    this.name = name;
    this.description = description;
    this.scope = scope;
    this.allowedIps = allowedIps;
    this.hint = hint;
    this.digest = digest;
    this.createdAt = createdAt;
    this.lastModifiedAt = lastModifiedAt;
    this.expiresAt = expiresAt;
    this.lastUsedAt = lastUsedAt;
    this.lastUsedIp = lastUsedIp;
    this.revokedAt = revokedAt;
    this.revocation = revocation;
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  String hint() {
    return hint;
  }

  String digest() {
    return digest;
  }

  Instant expiresAt() {
    return expiresAt;
  }
}
