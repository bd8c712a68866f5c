package dev.personaltokens.distribution;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The server's connection pool to MariaDB, defined by the application itself so that the WAR needs
 * no server configuration: its address and account come from MicroProfile Config (DB_URL, DB_USER,
 * DB_PASSWORD).
 */
@DataSourceDefinition(
    name = ServerDataSource.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@ApplicationScoped
public class ServerDataSource {

  /** Where the persistence unit and the schema migrations find it. */
  public static final String JNDI_NAME = "java:app/jdbc/ptk";
}
