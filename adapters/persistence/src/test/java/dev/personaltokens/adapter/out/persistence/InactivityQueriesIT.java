package dev.personaltokens.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.out.Notices.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inactivity job's reads over 20,000 tokens of 1,000 accounts, as a server that uses most of
 * its tokens holds them: each finds the few unused ones through an index - the personal tokens
 * through ix_personal_tokens_activity (Flyway V10) - and never reads the whole table. It prints the
 * plans MariaDB makes, for a person to judge.
 */
class InactivityQueriesIT {

  /**
   * A year of tokens, one every 26 minutes; a tenth revoked; a twentieth never used, the rest used
   * within the month before {@link #NOW}.
   */
  private static final String TOKENS =
      "INSERT INTO personal_tokens (id, family_id, account_id, name, description, scope, hint,"
          + " digest, created_at, last_modified_at, expires_at, last_used_at, revoked_at,"
          + " revocation)"
          + " SELECT UUID(), UUID(), 1 + seq MOD 1000, CONCAT('job-', seq), '', 'global',"
          + " 'ptk_...abcd', SHA2(seq, 256), created, created, created + INTERVAL 400 DAY,"
          + " IF(seq MOD 20 = 0, NULL, TIMESTAMP'2026-04-15 00:00:00' - INTERVAL seq MOD 30 DAY),"
          + " IF(seq MOD 10 = 5, created + INTERVAL 1 DAY, NULL),"
          + " IF(seq MOD 10 = 5, 'revoked', NULL)"
          + " FROM (SELECT seq,"
          + " TIMESTAMP'2025-05-01 00:00:00' + INTERVAL seq * 1500 SECOND AS created"
          + " FROM seq_1_to_20000) AS numbers";

  /** Half the tokens never used were told already that they go unused. */
  private static final String NOTICES =
      "INSERT INTO notices (token_id, kind, sent_at)"
          + " SELECT id, 'inactive_7d', TIMESTAMP'2026-04-01 00:00:00' FROM personal_tokens"
          + " WHERE last_used_at IS NULL AND revoked_at IS NULL AND account_id MOD 40 = 1";

  private static final Instant NOW = Instant.parse("2026-04-15T00:00:00Z");
  private static final Instant UNUSED_SINCE = NOW.minus(Duration.ofDays(90));

  @Test
  void theJobsReadsFindTheUnusedTokensThroughAnIndex() throws SQLException {
    try (EmptyDatabase empty = new EmptyDatabase();
        Connection sql = empty.connect()) {
      Measurement.load(sql, "accounts", Measurement.ACCOUNTS);
      Measurement.load(sql, "personal_tokens", TOKENS);
      Measurement.load(sql, "notices", NOTICES);
      StandaloneDatabase database = empty.database();

      List<Measurement.Plan> unused =
          plans(
              sql,
              "unused",
              () ->
                  database.inTransaction(
                      stores -> stores.personalTokens().findUnusedSince(UNUSED_SINCE, NOW, 500)));
      List<Measurement.Plan> untold =
          plans(
              sql,
              "unused, not told",
              () ->
                  database.inTransaction(
                      stores ->
                          stores.notices().unusedWithout(Kind.INACTIVE, UNUSED_SINCE, NOW, 500)));
      List<Measurement.Plan> told =
          plans(
              sql,
              "unused, told a week ago",
              () ->
                  database.inTransaction(
                      stores ->
                          stores
                              .notices()
                              .unusedNoticedBy(
                                  Kind.INACTIVE,
                                  UNUSED_SINCE,
                                  NOW.minus(Duration.ofDays(7)),
                                  NOW,
                                  500)));

      assertThat(tokensIndex(unused)).isEqualTo("ix_personal_tokens_activity");
      assertThat(tokensIndex(untold)).isEqualTo("ix_personal_tokens_activity");
      for (Measurement.Plan plan : List.of(single(unused), single(untold), single(told))) {
        assertThat(plan.rows())
            .as("every table read by an index: %s", plan)
            .allSatisfy(row -> assertThat(row.get("key")).isNotNull());
      }
    }
  }

  private static List<Measurement.Plan> plans(Connection sql, String name, Runnable read)
      throws SQLException {
    List<Measurement.Plan> plans = Measurement.plans(sql, "personal_tokens", read);
    System.out.println("Inactivity, " + name + ":");
    plans.forEach(System.out::println);
    return plans;
  }

  private static Measurement.Plan single(List<Measurement.Plan> plans) {
    assertThat(plans).as("one statement").hasSize(1);
    return plans.get(0);
  }

  /** The index the personal tokens (named {@code t} in the native queries) are read by. */
  private static String tokensIndex(List<Measurement.Plan> plans) {
    return single(plans).rows().stream()
        .filter(row -> List.of("t", "personal_tokens").contains(row.get("table")))
        .map(row -> row.get("key"))
        .findFirst()
        .orElseThrow();
  }
}
