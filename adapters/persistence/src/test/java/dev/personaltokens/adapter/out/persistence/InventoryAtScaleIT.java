package dev.personaltokens.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.out.InventoryFilter;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test of speed: the credentials inventory over 100,000 tokens of 1,000
 * accounts, read through the adapter as the admins' console reads it. It prints the plans MariaDB
 * makes and how long a first page takes, for a person to judge; it asserts only what no machine,
 * however slow or busy, fails.
 */
class InventoryAtScaleIT {

  /**
   * A year of tokens, one every five minutes; a tenth revoked, a tenth expired, a fifth read-only.
   */
  private static final String TOKENS =
      "INSERT INTO personal_tokens (id, family_id, account_id, name, description, scope, hint,"
          + " digest, created_at, last_modified_at, expires_at, last_used_at, revoked_at,"
          + " revocation)"
          + " SELECT UUID(), UUID(), 1 + seq MOD 1000,"
          + " CONCAT('job-', seq MOD 1000, ' ',"
          + " ELT(1 + seq MOD 4, 'deploy', 'backup', 'ci', 'laptop')),"
          + " IF(seq MOD 3 = 0, 'used by the nightly build', ''),"
          + " IF(seq MOD 5 = 0, 'read_only', 'global'), 'ptk_...abcd', SHA2(seq, 256),"
          + " created, created, created + INTERVAL IF(seq MOD 10 = 1, 1, 400) DAY,"
          + " IF(seq MOD 2 = 0, created + INTERVAL 1 HOUR, NULL),"
          + " IF(seq MOD 10 = 5, created + INTERVAL 1 DAY, NULL),"
          + " IF(seq MOD 10 = 5, 'revoked', NULL)"
          + " FROM (SELECT seq,"
          + " TIMESTAMP'2025-05-01 00:00:00' + INTERVAL seq * 300 SECOND AS created"
          + " FROM seq_1_to_100000) AS numbers";

  private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
  private static final int RUNS = 50;
  private static final PageRequest FIRST_PAGE = new PageRequest(1, PageRequest.DEFAULT_SIZE);

  @Test
  void measuresTheInventoryOf100000Tokens() throws SQLException {
    try (EmptyDatabase empty = new EmptyDatabase();
        Connection sql = empty.connect()) {
      Measurement.load(sql, "accounts", Measurement.ACCOUNTS);
      Measurement.load(sql, "personal_tokens", TOKENS);
      StandaloneDatabase database = empty.database();

      Map<String, List<Measurement.Plan>> plans = new HashMap<>();
      for (Map.Entry<String, InventoryFilter> filter : filters()) {
        plans.put(
            filter.getKey(),
            Measurement.plans(
                sql, "personal_tokens", () -> firstPage(database, filter.getValue())));
        System.out.println("Inventory, " + filter.getKey() + ":");
        plans.get(filter.getKey()).forEach(System.out::println);
      }
      long live = firstPage(database, InventoryFilter.ALL);
      double[] unfiltered =
          Measurement.millis(RUNS, run -> firstPage(database, InventoryFilter.ALL));
      double[] searched = Measurement.millis(RUNS, run -> firstPage(database, searching(run)));

      System.out.printf(
          "Inventory, %d live of 100,000 tokens, first page of %d, %d reads each:%n"
              + "  unfiltered:  %s%n  with search: %s%n",
          live,
          FIRST_PAGE.size(),
          RUNS,
          Measurement.summary(unfiltered),
          Measurement.summary(searched));
      assertThat(live).isEqualTo(80_000);
      Measurement.Plan page = Measurement.page(plans.get("unfiltered"));
      assertThat(page.firstIndex()).isEqualTo("ix_personal_tokens_inventory");
      assertThat(page.sorts()).as("sorts: %s", page).isFalse();
      assertThat(Measurement.percentile(unfiltered, 50)).isLessThan(500);
      assertThat(Measurement.percentile(searched, 50)).isLessThan(500);
    }
  }

  /** Each filter alone, by the name its plans are printed under. */
  private static List<Map.Entry<String, InventoryFilter>> filters() {
    Optional<Instant> none = Optional.empty();
    return List.of(
        Map.entry("unfiltered", InventoryFilter.ALL),
        Map.entry("searched", searching(42)),
        Map.entry(
            "of one owner",
            new InventoryFilter(Optional.of(new AccountId(42)), "", Optional.empty(), none, none)),
        Map.entry(
            "read-only",
            new InventoryFilter(Optional.empty(), "", Optional.of(Scope.READ_ONLY), none, none)),
        Map.entry(
            "expiring within 30 days",
            new InventoryFilter(
                Optional.empty(),
                "",
                Optional.empty(),
                Optional.of(NOW.plus(Duration.ofDays(30))),
                none)),
        Map.entry(
            "unused for 30 days",
            new InventoryFilter(
                Optional.empty(),
                "",
                Optional.empty(),
                none,
                Optional.of(NOW.minus(Duration.ofDays(30))))));
  }

  /** A name's number, as in {@code "job-42 "}: a tenth of a percent of the tokens. */
  private static InventoryFilter searching(int number) {
    return new InventoryFilter(
        Optional.empty(),
        "job-" + number % 1000 + " ",
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Reads a first page, as a use case does, in a transaction of its own; returns its total. */
  private static long firstPage(StandaloneDatabase database, InventoryFilter filter) {
    return database.inTransaction(
        stores -> stores.personalTokens().findLive(filter, FIRST_PAGE, NOW).total());
  }
}
