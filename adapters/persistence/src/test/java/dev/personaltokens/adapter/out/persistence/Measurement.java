package dev.personaltokens.adapter.out.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the measurements at scale share: timing a read many times, and the plans MariaDB makes for
 * the statements the adapter sends. Those are read back from the server's general log, so that
 * EXPLAIN sees exactly what EclipseLink wrote, with the values the driver put in.
 */
final class Measurement {

  /** The owners, numbered 1 to 1,000 as the rows loaded for them name them. */
  static final String ACCOUNTS =
      "INSERT INTO accounts (email, password_hash, created_at)"
          + " SELECT CONCAT('owner-', seq, '@example.com'), 'x', '2025-01-01'"
          + " FROM seq_1_to_1000";

  /**
   * A native query's row limit, as the driver sends it: {@code SET STATEMENT SQL_SELECT_LIMIT=500
   * FOR SELECT ...}; EXPLAIN goes after the FOR, so that the plan is made for the limit too.
   */
  private static final Pattern LIMITED = Pattern.compile("(?s)(SET STATEMENT .*? FOR )(SELECT .*)");

  private Measurement() {}

  /**
   * Runs {@code insert}, which loads rows into {@code table} in bulk, then has the table's
   * statistics read again, so that the plans are made for the rows it now holds.
   */
  static void load(Connection connection, String table, String insert) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(insert);
      statement.execute("ANALYZE TABLE " + table);
    }
  }

  /**
   * The milliseconds of each of {@code runs} calls of {@code read} (given the run's number), after
   * a tenth as many not measured, for the caches and the JIT.
   */
  static double[] millis(int runs, IntConsumer read) {
    for (int run = 0; run < runs / 10; run++) {
      read.accept(run);
    }
    double[] millis = new double[runs];
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      read.accept(run);
      millis[run] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return millis;
  }

  /** The value that {@code percent} of the sorted {@code millis} do not exceed. */
  static double percentile(double[] millis, int percent) {
    return millis[(int) Math.ceil(millis.length * percent / 100.0) - 1];
  }

  /** {@code "p50 1.2 ms, p99 3.4 ms"}. */
  static String summary(double[] millis) {
    return String.format(
        Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", percentile(millis, 50), percentile(millis, 99));
  }

  /** A statement as the server received it, and EXPLAIN's plan for it: a row a table read. */
  record Plan(String statement, List<Map<String, String>> rows) {

    /** Whether it is a page's statement, rather than its count's. */
    boolean isPage() {
      return statement.contains(" LIMIT ");
    }

    /** The index the table read first is read by. */
    String firstIndex() {
      return rows.get(0).get("key");
    }

    /** Whether the server sorts the rows itself, rather than reading them in an index's order. */
    boolean sorts() {
      return rows.stream().anyMatch(row -> String.valueOf(row.get("Extra")).contains("filesort"));
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(statement).append('\n');
      rows.forEach(row -> text.append("  ").append(row).append('\n'));
      return text.toString();
    }
  }

  /** The plans of the statements on {@code table} that {@code read} sends, in the order sent. */
  static List<Plan> plans(Connection connection, String table, Runnable read) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      String output = single(statement, "SELECT @@GLOBAL.log_output");
      statement.execute("SET GLOBAL log_output = 'TABLE'");
      statement.execute("TRUNCATE mysql.general_log");
      statement.execute("SET GLOBAL general_log = 1");
      try {
        read.run();
      } finally {
        statement.execute("SET GLOBAL general_log = 0");
        statement.execute("SET GLOBAL log_output = '" + output + "'");
      }
      try (ResultSet logged =
          statement.executeQuery(
              "SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                  + " WHERE command_type = 'Query'"
                  + " AND (argument LIKE 'SELECT%' OR argument LIKE 'SET STATEMENT %FOR SELECT%')"
                  + " AND argument LIKE '%"
                  + table
                  + "%' ORDER BY event_time")) {
        while (logged.next()) {
          statements.add(logged.getString(1));
        }
      }
      List<Plan> plans = new ArrayList<>();
      for (String sql : statements) {
        plans.add(new Plan(sql, explain(statement, sql)));
      }
      return plans;
    }
  }

  /** The plan of the page's statement among {@code plans}. */
  static Plan page(List<Plan> plans) {
    return plans.stream().filter(Plan::isPage).findFirst().orElseThrow();
  }

  private static List<Map<String, String>> explain(Statement statement, String sql)
      throws SQLException {
    List<Map<String, String>> rows = new ArrayList<>();
    Matcher limited = LIMITED.matcher(sql);
    String explain =
        limited.matches() ? limited.group(1) + "EXPLAIN " + limited.group(2) : "EXPLAIN " + sql;
    try (ResultSet plan = statement.executeQuery(explain)) {
      ResultSetMetaData columns = plan.getMetaData();
      while (plan.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          row.put(columns.getColumnLabel(column), plan.getString(column));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
