package dev.personaltokens.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How many unrevoked tokens each account holds ({@code token_counts}, Flyway V7), changed in the
 * same transaction as every write of {@code personal_tokens} that adds or ends one, so that the
 * list's total is one primary-key read however many tokens an account holds. Only {@link
 * JpaPersonalTokens} writes tokens, and each of its writes says here what it changed.
 */
final class TokenCounts {

  private final EntityManager em;

  TokenCounts(EntityManager em) {
    this.em = em;
  }

  long unrevoked(long account) {
    List<?> found =
        em.createNativeQuery("SELECT unrevoked FROM token_counts WHERE account_id = ?")
            .setParameter(1, account)
            .getResultList();
    return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
  }

  /**
   * The accounts' counts as the last commit left them, each row held (exclusively) until the
   * transaction ends, in the accounts' order. A row is made first where there is none: a locking
   * read of a missing row would hold only the gap, which two transactions can hold at once.
   */
  Map<Long, Long> held(Collection<Long> accounts) {
    List<Long> ordered = accounts.stream().distinct().sorted().toList();
    if (ordered.isEmpty()) {
      return Map.of();
    }
    NativeRows.query(
            em,
            "INSERT INTO token_counts (account_id, unrevoked) VALUES %s"
                + " ON DUPLICATE KEY UPDATE unrevoked = unrevoked",
            "(?, 0)",
            ordered)
        .executeUpdate();
    Query read =
        NativeRows.query(
            em,
            "SELECT account_id, unrevoked FROM token_counts WHERE account_id IN (%s)"
                + " ORDER BY account_id FOR UPDATE",
            "?",
            ordered);
    Map<Long, Long> held = new HashMap<>();
    for (Object row : read.getResultList()) {
      Object[] columns = (Object[]) row;
      held.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
    }
    return held;
  }

  /** {@code added}: how many unrevoked tokens each account gained; one statement for them all. */
  void added(Map<Long, Long> added) {
    if (added.isEmpty()) {
      return;
    }
    // In the accounts' order, the order in which any other transaction takes their rows too.
    List<Long> rows =
        added.keySet().stream()
            .sorted()
            .flatMap(account -> Stream.of(account, added.get(account)))
            .toList();
    NativeRows.query(
            em,
            "INSERT INTO token_counts (account_id, unrevoked) VALUES %s"
                + " ON DUPLICATE KEY UPDATE unrevoked = unrevoked + VALUES(unrevoked)",
            "(?, ?)",
            rows)
        .executeUpdate();
  }

  void revoked(long account, int count) {
    if (count > 0) {
      em.createNativeQuery("UPDATE token_counts SET unrevoked = unrevoked - ? WHERE account_id = ?")
          .setParameter(1, count)
          .setParameter(2, account)
          .executeUpdate();
    }
  }

  /**
   * Before the tokens ended by {@code cutoff} are deleted: those that expired unrevoked leave their
   * accounts' counts. Their rows stay locked until the deletion commits, so none of them can be
   * revoked (and counted a second time) in between.
   */
  void removingEndedBefore(Instant cutoff) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT account_id, COUNT(*) FROM personal_tokens"
                    + " WHERE revoked_at IS NULL AND expires_at < ? GROUP BY account_id"
                    + " FOR UPDATE")
            .setParameter(1, new InstantConverter().convertToDatabaseColumn(cutoff))
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      revoked(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
    }
  }
}
