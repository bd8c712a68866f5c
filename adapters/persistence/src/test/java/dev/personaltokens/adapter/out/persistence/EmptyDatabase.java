package dev.personaltokens.adapter.out.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A database of its own beside the tests' one (on the build's MariaDB), migrated and without a row,
 * for what only an empty database shows (the first start, the first account) and for measurements
 * on rows of their own; dropped on close.
 */
final class EmptyDatabase implements AutoCloseable {

  private final String name = "ptk_empty_" + UUID.randomUUID().toString().replace("-", "");
  private final String url = JpaTransactions.URL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
  private final StandaloneDatabase database;

  EmptyDatabase() {
    this(MigrationVersion.LATEST);
  }

  private EmptyDatabase(MigrationVersion version) {
    database = StandaloneDatabase.open(url, JpaTransactions.USER, JpaTransactions.PASSWORD);
    DatabaseMigrations.configuration()
        .dataSource(url, JpaTransactions.USER, JpaTransactions.PASSWORD)
        .target(version)
        .load()
        .migrate();
  }

  /**
   * Migrated up to {@code version} only, for rows loaded as they were before a later migration;
   * {@code database().migrate()} brings it up to date.
   */
  static EmptyDatabase upTo(String version) {
    return new EmptyDatabase(MigrationVersion.fromVersion(version));
  }

  StandaloneDatabase database() {
    return database;
  }

  /** A plain connection to it, for what no port does: loading rows in bulk, EXPLAIN. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, JpaTransactions.USER, JpaTransactions.PASSWORD);
  }

  @Override
  public void close() {
    database.close();
    try (var connection =
            DriverManager.getConnection(
                JpaTransactions.URL, JpaTransactions.USER, JpaTransactions.PASSWORD);
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop " + name, e);
    }
  }
}
