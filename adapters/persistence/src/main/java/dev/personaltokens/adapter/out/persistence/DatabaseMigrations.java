package dev.personaltokens.adapter.out.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings the schema up to date; the server runs it on every start, the admin CLI on demand. */
public final class DatabaseMigrations {

  private DatabaseMigrations() {}

  /** Returns how many migrations were applied. */
  public static int migrate(DataSource dataSource) {
    return migrate(configuration().dataSource(dataSource));
  }

  /** The same outside the server, over a plain JDBC connection; returns how many were applied. */
  public static int migrate(String url, String user, String password) {
    return migrate(configuration().dataSource(url, user, password));
  }

  /** Where the migrations are and how they run; the tests' databases migrate by it too. */
  static FluentConfiguration configuration() {
    return Flyway.configure(DatabaseMigrations.class.getClassLoader())
        .locations("classpath:db/migration");
  }

  private static int migrate(FluentConfiguration configuration) {
    return configuration.load().migrate().migrationsExecuted;
  }
}
