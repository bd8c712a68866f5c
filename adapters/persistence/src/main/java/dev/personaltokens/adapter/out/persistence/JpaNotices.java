package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The notices table, in plain SQL: a claim is an {@code INSERT IGNORE} on the primary key, so that
 * of two nodes claiming one notice, the second waits for the first to commit and then inserts
 * nothing.
 */
public class JpaNotices implements Notices {

  /**
   * The live tokens unused since the first parameter or before (never used: made then or before),
   * live at the second: two ranges of ix_personal_tokens_activity (Flyway V10), as {@link
   * PersonalTokenEntity#UNUSED_SINCE} reads them.
   */
  private static final String UNUSED_SINCE =
      "t.revoked_at IS NULL AND (t.last_used_at <= ? OR t.last_used_at IS NULL AND t.created_at <= ?)"
          + " AND t.expires_at > ?";

  /** The notice {@code n} was sent since the token {@code t} was last used (never used: made). */
  private static final String SINCE_LAST_USE =
      "n.sent_at >= COALESCE(t.last_used_at, t.created_at)";

  private final EntityManager em;

  public JpaNotices(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<PersonalToken> expiringWithout(Kind kind, Instant after, Instant until, int limit) {
    @SuppressWarnings("unchecked")
    List<PersonalTokenEntity> found =
        em.createNativeQuery(
                "SELECT t.* FROM personal_tokens t"
                    + " WHERE t.revoked_at IS NULL AND t.expires_at > ? AND t.expires_at <= ?"
                    + " AND NOT EXISTS (SELECT 1 FROM notices n"
                    + " WHERE n.token_id = t.id AND n.kind = ?)"
                    + " ORDER BY t.expires_at",
                PersonalTokenEntity.class)
            .setParameter(1, utc(after))
            .setParameter(2, utc(until))
            .setParameter(3, kind.code())
            .setMaxResults(limit)
            .getResultList();
    return found.stream().map(PersonalTokenEntity::toDomain).toList();
  }

  @Override
  public List<PersonalToken> unusedWithout(Kind kind, Instant unusedSince, Instant now, int limit) {
    return unused(
        "SELECT t.* FROM personal_tokens t WHERE "
            + UNUSED_SINCE
            + " AND NOT EXISTS (SELECT 1 FROM notices n"
            + " WHERE n.token_id = t.id AND n.kind = ? AND "
            + SINCE_LAST_USE
            + ")",
        unusedSince,
        now,
        limit,
        kind.code());
  }

  @Override
  public List<PersonalToken> unusedNoticedBy(
      Kind kind, Instant unusedSince, Instant noticedBy, Instant now, int limit) {
    return unused(
        "SELECT t.* FROM personal_tokens t JOIN notices n ON n.token_id = t.id"
            + " WHERE "
            + UNUSED_SINCE
            + " AND n.kind = ? AND "
            + SINCE_LAST_USE
            + " AND n.sent_at <= ?",
        unusedSince,
        now,
        limit,
        kind.code(),
        utc(noticedBy));
  }

  /** The tokens {@code sql} finds, {@link #UNUSED_SINCE}'s parameters first, then {@code more}. */
  private List<PersonalToken> unused(
      String sql, Instant unusedSince, Instant now, int limit, Object... more) {
    Query query =
        em.createNativeQuery(sql, PersonalTokenEntity.class)
            .setParameter(1, utc(unusedSince))
            .setParameter(2, utc(unusedSince))
            .setParameter(3, utc(now));
    for (int i = 0; i < more.length; i++) {
      query.setParameter(4 + i, more[i]);
    }
    @SuppressWarnings("unchecked")
    List<PersonalTokenEntity> found = query.setMaxResults(limit).getResultList();
    return found.stream().map(PersonalTokenEntity::toDomain).toList();
  }

  /**
   * An {@code INSERT IGNORE} on the primary key; of {@link Kind#INACTIVE}, a notice sent before the
   * token's last use is deleted first, so that a new disuse gets a notice of its own. Of two nodes
   * claiming, the second's DELETE waits for the first to commit and then finds the new row, which
   * is no stale one.
   */
  @Override
  public boolean claim(TokenId token, Kind kind, Instant at) {
    if (kind == Kind.INACTIVE) {
      em.createNativeQuery(
              "DELETE n FROM notices n JOIN personal_tokens t ON t.id = n.token_id"
                  + " WHERE n.token_id = ? AND n.kind = ? AND NOT ("
                  + SINCE_LAST_USE
                  + ")")
          .setParameter(1, token.toString())
          .setParameter(2, kind.code())
          .executeUpdate();
    }
    return em.createNativeQuery(
                "INSERT IGNORE INTO notices (token_id, kind, sent_at) VALUES (?, ?, ?)")
            .setParameter(1, token.toString())
            .setParameter(2, kind.code())
            .setParameter(3, utc(at))
            .executeUpdate()
        == 1;
  }

  @Override
  public void request(TokenId token, Kind kind) {
    em.createNativeQuery("INSERT IGNORE INTO notices (token_id, kind, sent_at) VALUES (?, ?, NULL)")
        .setParameter(1, token.toString())
        .setParameter(2, kind.code())
        .executeUpdate();
  }

  @Override
  public List<TokenId> pending(Kind kind, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT CAST(token_id AS CHAR) FROM notices WHERE kind = ? AND sent_at IS NULL")
            .setParameter(1, kind.code())
            .setMaxResults(limit)
            .getResultList();
    return ids.stream().map(id -> new TokenId(UUID.fromString(id.toString()))).toList();
  }

  @Override
  public boolean markSent(TokenId token, Kind kind, Instant at) {
    return em.createNativeQuery(
                "UPDATE notices SET sent_at = ? WHERE token_id = ? AND kind = ? AND sent_at IS NULL")
            .setParameter(1, utc(at))
            .setParameter(2, token.toString())
            .setParameter(3, kind.code())
            .executeUpdate()
        == 1;
  }

  /** Every kind is named, so that a new one can't be released as the wrong sort of notice. */
  @Override
  public void release(TokenId token, Kind kind) {
    String sql =
        switch (kind) {
          case LEAKED, REVOKED_BY_ADMIN ->
              "UPDATE notices SET sent_at = NULL WHERE token_id = ? AND kind = ?";
          case EXPIRY_7_DAYS, EXPIRY_1_DAY, INACTIVE ->
              "DELETE FROM notices WHERE token_id = ? AND kind = ?";
        };
    em.createNativeQuery(sql)
        .setParameter(1, token.toString())
        .setParameter(2, kind.code())
        .executeUpdate();
  }

  /** DATETIME(6) holds UTC, as {@link InstantConverter} writes it. */
  private static Timestamp utc(Instant at) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
  }
}
