package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.domain.token.PersonalToken;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The trigrams of each token's name and description ({@code personal_token_grams}, Flyway V19),
 * written in the same transaction as the token, and the rarest of a search's, which narrows the
 * search to the tokens holding it. Only {@link JpaPersonalTokens} adds tokens, and it says here
 * which; a token's trigrams go with it (the table's foreign key cascades), and a token's name and
 * description never change.
 */
final class TokenGrams {

  /**
   * Trigram rows written by one statement at most: a few creates' worth of ordinary names (about a
   * dozen a token) in one. The worst group, 32 tokens of the longest name and description (11,232
   * rows), took 28 s in one statement; in statements of 32, 64 and 128 rows, 239, 274 and 415 ms.
   */
  static final int ROWS_AT_ONCE = 64;

  /**
   * Postings from which a trigram no longer narrows a search enough to be worth it: a search each
   * of whose trigrams is this common in the account reads its tokens as before (two comparisons a
   * token). Counting a trigram's postings stops here, so that asking costs at most this many index
   * entries per trigram.
   */
  static final int BROAD = 2000;

  /** Of a long search, this many of its trigrams, spread over it, are asked for their postings. */
  private static final int ASKED = 8;

  private static final int LENGTH = 3;

  private final EntityManager em;

  TokenGrams(EntityManager em) {
    this.em = em;
  }

  /** A search's rarest trigram, and how many of the account's tokens hold it (fewer than BROAD). */
  record Rarest(String gram, int postings) {}

  /**
   * The distinct trigrams of {@code text}, in order, by code point as MariaDB counts characters.
   * Distinct here means the same characters; those equal only under the column's collation (case,
   * accents) are one row there.
   */
  static List<String> of(String text) {
    int[] points = text.codePoints().toArray();
    Set<String> grams = new LinkedHashSet<>();
    for (int start = 0; start + LENGTH <= points.length; start++) {
      grams.add(new String(points, start, LENGTH));
    }
    return List.copyOf(grams);
  }

  /**
   * The tokens' trigrams, each token's as of its name and of its description, never across the two,
   * in statements of at most {@link #ROWS_AT_ONCE} rows: EclipseLink binds a native statement's
   * parameters in time that grows with their number squared.
   */
  void added(List<PersonalToken> tokens) {
    List<Object[]> rows = new ArrayList<>();
    for (PersonalToken token : tokens) {
      Set<String> grams = new LinkedHashSet<>(of(token.name().value()));
      grams.addAll(of(token.description().value()));
      for (String gram : grams) {
        rows.add(new Object[] {token.owner().value(), gram, token.id().toString()});
      }
    }
    for (int from = 0; from < rows.size(); from += ROWS_AT_ONCE) {
      insert(rows.subList(from, Math.min(rows.size(), from + ROWS_AT_ONCE)));
    }
  }

  private void insert(List<Object[]> rows) {
    // Two trigrams of one token equal in the column's collation ("Café", "cafe") are one row.
    NativeRows.query(
            em,
            "INSERT INTO personal_token_grams (account_id, gram, token_id) VALUES %s"
                + " ON DUPLICATE KEY UPDATE token_id = token_id",
            "(?, ?, ?)",
            rows.stream().flatMap(Arrays::stream).toList())
        .executeUpdate();
  }

  /**
   * The rarest of (up to {@link #ASKED} of) {@code search}'s trigrams among the account's tokens,
   * revoked ones included; empty when the search is shorter than a trigram or each of those asked
   * is held by {@link #BROAD} tokens or more. One statement, whose every count stops at BROAD.
   */
  Optional<Rarest> rarest(long account, String search) {
    List<String> asked = spread(of(search));
    if (asked.isEmpty()) {
      return Optional.empty();
    }
    List<String> counts = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      counts.add(
          "SELECT "
              + i
              + ", COUNT(*) FROM (SELECT 1 FROM personal_token_grams"
              + " WHERE account_id = ? AND gram = ? LIMIT "
              + BROAD
              + ") AS g"
              + i);
    }
    Query query = em.createNativeQuery(String.join(" UNION ALL ", counts));
    int parameter = 1;
    for (String gram : asked) {
      query.setParameter(parameter++, account);
      query.setParameter(parameter++, gram);
    }
    Rarest rarest = null;
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      int postings = ((Number) columns[1]).intValue();
      if (postings < BROAD && (rarest == null || postings < rarest.postings())) {
        rarest = new Rarest(asked.get(((Number) columns[0]).intValue()), postings);
      }
    }
    return Optional.ofNullable(rarest);
  }

  /** At most ASKED of the grams, the first and the last among them, evenly apart. */
  private static List<String> spread(List<String> grams) {
    if (grams.size() <= ASKED) {
      return grams;
    }
    List<String> spread = new ArrayList<>();
    for (int i = 0; i < ASKED; i++) {
      spread.add(grams.get(i * (grams.size() - 1) / (ASKED - 1)));
    }
    return spread;
  }
}
