package dev.personaltokens.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.out.AuditFilter;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test of speed: the instance's security log over 100,000 events of 1,000
 * accounts, read through the adapter as the admins' console reads it. It prints the plans MariaDB
 * makes and how long a first page takes, for a person to judge; it asserts only what no machine,
 * however slow or busy, fails.
 */
class InstanceLogAtScaleIT {

  private static final List<AuditEventType> TYPES =
      List.of(
          AuditEventType.SESSION_CREATED,
          AuditEventType.TOKEN_CREATED,
          AuditEventType.TOKEN_REVOKED,
          AuditEventType.SESSION_FAILED,
          AuditEventType.ACCOUNT_DEACTIVATED);

  /**
   * A year of events, one every five minutes, of five types; one in fifty by account 1, an admin.
   */
  private static final String EVENTS =
      "INSERT INTO audit_events (id, account_id, type, created_at, detail, actor_account_id,"
          + " actor_email)"
          + " SELECT UUID(), 1 + seq MOD 1000,"
          + TYPES.stream()
              .map(type -> "'" + type.code() + "'")
              .collect(Collectors.joining(", ", " ELT(1 + seq MOD " + TYPES.size() + ", ", "),"))
          + " TIMESTAMP'2025-05-01 00:00:00' + INTERVAL seq * 300 SECOND, '',"
          + " IF(seq MOD 50 = 0, 1, NULL), IF(seq MOD 50 = 0, 'owner-1@example.com', NULL)"
          + " FROM seq_1_to_100000";

  private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
  private static final int RUNS = 200;
  private static final PageRequest FIRST_PAGE = new PageRequest(1, PageRequest.DEFAULT_SIZE);

  @Test
  void measuresTheInstanceLogOf100000Events() throws SQLException {
    try (EmptyDatabase empty = new EmptyDatabase();
        Connection sql = empty.connect()) {
      Measurement.load(sql, "accounts", Measurement.ACCOUNTS);
      Measurement.load(sql, "audit_events", EVENTS);
      StandaloneDatabase database = empty.database();

      Map<String, List<Measurement.Plan>> plans = new HashMap<>();
      for (Map.Entry<String, AuditFilter> filter : filters()) {
        plans.put(
            filter.getKey(),
            Measurement.plans(sql, "audit_events", () -> firstPage(database, filter.getValue())));
        System.out.println("Instance log, " + filter.getKey() + ":");
        plans.get(filter.getKey()).forEach(System.out::println);
      }
      double[] unfiltered = Measurement.millis(RUNS, run -> firstPage(database, AuditFilter.ALL));
      double[] ofType =
          Measurement.millis(
              RUNS, run -> firstPage(database, ofType(TYPES.get(run % TYPES.size()))));

      System.out.printf(
          "Instance log, 100,000 events, first page of %d, %d reads each:%n"
              + "  unfiltered: %s%n  of a type:  %s%n",
          FIRST_PAGE.size(), RUNS, Measurement.summary(unfiltered), Measurement.summary(ofType));
      assertThat(firstPage(database, AuditFilter.ALL)).isEqualTo(100_000);
      Measurement.Plan page = Measurement.page(plans.get("unfiltered"));
      assertThat(page.firstIndex()).isEqualTo("ix_audit_events_created");
      assertThat(page.sorts()).as("sorts: %s", page).isFalse();
      Measurement.Plan ofOneType = Measurement.page(plans.get("of a type"));
      assertThat(ofOneType.firstIndex()).isEqualTo("ix_audit_events_type");
      assertThat(ofOneType.sorts()).as("sorts: %s", ofOneType).isFalse();
      assertThat(Measurement.percentile(unfiltered, 50)).isLessThan(500);
      assertThat(Measurement.percentile(ofType, 50)).isLessThan(500);
    }
  }

  /** Each filter alone, by the name its plans are printed under. */
  private static List<Map.Entry<String, AuditFilter>> filters() {
    Optional<Instant> none = Optional.empty();
    return List.of(
        Map.entry("unfiltered", AuditFilter.ALL),
        Map.entry("of a type", ofType(AuditEventType.SESSION_FAILED)),
        Map.entry(
            "of one account",
            new AuditFilter(
                Optional.empty(), Optional.of(new AccountId(42)), Optional.empty(), none, none)),
        Map.entry(
            "by one admin",
            new AuditFilter(
                Optional.empty(), Optional.empty(), Optional.of(new AccountId(1)), none, none)),
        Map.entry(
            "in a month",
            new AuditFilter(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(SINCE),
                Optional.of(SINCE.plus(Duration.ofDays(30))))));
  }

  private static AuditFilter ofType(AuditEventType type) {
    Optional<Instant> none = Optional.empty();
    return new AuditFilter(Optional.of(type), Optional.empty(), Optional.empty(), none, none);
  }

  /** Reads a first page, as a use case does, in a transaction of its own; returns its total. */
  private static long firstPage(StandaloneDatabase database, AuditFilter filter) {
    return database.inTransaction(
        stores -> stores.auditTrail().findAll(filter, FIRST_PAGE).total());
  }
}
