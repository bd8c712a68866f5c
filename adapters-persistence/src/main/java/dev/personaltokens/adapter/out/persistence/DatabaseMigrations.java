package dev.personaltokens.adapter.out.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date; the server runs it on every start, the admin CLI on demand. */
public final class DatabaseMigrations {

  private DatabaseMigrations() {}

  /** Returns how many migrations were applied. */
  public static int migrate(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
