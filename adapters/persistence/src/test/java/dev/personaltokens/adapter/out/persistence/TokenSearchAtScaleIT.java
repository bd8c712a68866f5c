package dev.personaltokens.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search of one account's list of 20,000 tokens, loaded before the migration that indexes their
 * trigrams (V19), so that what it wrote for them is what is searched. Each search's pages and total
 * are compared with what {@code LIKE} finds over all of the account's tokens, for searches rare
 * enough to be narrowed by a trigram and for one too common to be; it prints the plans and the time
 * of each for a person to judge, and asserts only what no machine, however slow, fails.
 */
class TokenSearchAtScaleIT {

  private static final int TOKENS = 20_000;

  /**
   * "bench 1" to "bench 20000" of account 1, newest first, one in 70 described, a tenth revoked;
   * and three "bench 99" of account 2.
   */
  private static final String LOAD =
      "INSERT INTO personal_tokens (id, family_id, account_id, name, description, scope, hint,"
          + " digest, created_at, last_modified_at, expires_at, revoked_at, revocation)"
          + " SELECT UUID(), UUID(), IF(seq > "
          + TOKENS
          + ", 2, 1), CONCAT('bench ', IF(seq > "
          + TOKENS
          + ", 99, seq)),"
          + " IF(seq MOD 70 = 0, 'Made by the benchmark', ''), 'global', 'ptk_...abcd',"
          + " SHA2(seq, 256), created, created, created + INTERVAL 400 DAY,"
          + " IF(seq MOD 10 = 5, created, NULL), IF(seq MOD 10 = 5, 'revoked', NULL)"
          + " FROM (SELECT seq, TIMESTAMP'2026-01-01 00:00:00' - INTERVAL seq SECOND AS created"
          + " FROM seq_1_to_"
          + (TOKENS + 3)
          + ") AS numbers";

  private static final AccountId OWNER = new AccountId(1);
  private static final int RUNS = 50;

  @Test
  void findsWhatLikeFindsReadingOnlyTheTokensOfTheRarestTrigram() throws SQLException {
    try (EmptyDatabase empty = EmptyDatabase.upTo("18");
        Connection sql = empty.connect()) {
      Measurement.load(sql, "accounts", Measurement.ACCOUNTS);
      Measurement.load(sql, "personal_tokens", LOAD);
      StandaloneDatabase database = empty.database();
      database.migrate();
      try (Statement statement = sql.createStatement()) {
        statement.execute("ANALYZE TABLE personal_token_grams");
      }

      // Rare (100 match), in another case, across the number, in descriptions only, too short
      // for a trigram, in no token, and in every token (read as before: no trigram is rare).
      for (String search :
          List.of("bench 99", "BENCH 99", "ch 1999", "by the bench", "99", "nowhere", "bench")) {
        for (int number = 1; number <= 2; number++) {
          PageRequest page = new PageRequest(number, 40);
          Page<PersonalToken> found = page(database, search, page);
          List<String> expected = matching(sql, search);
          assertThat(found.total()).as("total of %s", search).isEqualTo(expected.size());
          assertThat(found.items())
              .as("page %d of %s", number, search)
              .extracting(token -> token.id().toString())
              .containsExactlyElementsOf(
                  expected.stream().skip(page.offset()).limit(page.size()).toList());
        }
      }
      assertThat(page(database, "bench 99", new PageRequest(1, 10)).total()).isEqualTo(100);

      List<Measurement.Plan> rare =
          Measurement.plans(sql, "personal_token", () -> page(database, "bench 99", first()));
      System.out.println("Search \"bench 99\" of 20,000 tokens:");
      rare.forEach(System.out::println);
      Measurement.Plan narrowed =
          rare.stream().filter(plan -> plan.statement().contains("JOIN")).findFirst().orElseThrow();
      assertThat(narrowed.firstIndex()).isEqualTo("PRIMARY");
      assertThat(narrowed.rows().get(0).get("table")).isEqualTo("g");

      double[] rareMillis = Measurement.millis(RUNS, run -> page(database, "bench 99", first()));
      double[] broadMillis = Measurement.millis(RUNS, run -> page(database, "bench", first()));
      System.out.printf(
          "Search of 20,000 tokens, first page, %d reads each:%n"
              + "  \"bench 99\" (100 match): %s%n  \"bench\" (all match): %s%n",
          RUNS, Measurement.summary(rareMillis), Measurement.summary(broadMillis));
      assertThat(Measurement.percentile(rareMillis, 50)).isLessThan(500);
    }
  }

  private static PageRequest first() {
    return new PageRequest(1, PageRequest.DEFAULT_SIZE);
  }

  private static Page<PersonalToken> page(
      StandaloneDatabase database, String search, PageRequest page) {
    return database.inTransaction(
        stores -> stores.personalTokens().findUnrevoked(OWNER, search, page));
  }

  /** The ids of the owner's unrevoked tokens whose name or description contains it, any case. */
  private static List<String> matching(Connection sql, String search) throws SQLException {
    try (PreparedStatement statement =
        sql.prepareStatement(
            "SELECT id FROM personal_tokens WHERE account_id = ? AND revoked_at IS NULL"
                + " AND (INSTR(name, ?) > 0 OR INSTR(description, ?) > 0)"
                + " ORDER BY created_at DESC, id DESC")) {
      statement.setLong(1, OWNER.value());
      statement.setString(2, search);
      statement.setString(3, search);
      List<String> ids = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    }
  }
}
