package dev.personaltokens.server;

import dev.personaltokens.adapter.out.persistence.database.FailFastDataSource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The server's connection pool to MariaDB, defined by the application itself so that the WAR needs
 * no server configuration: its address and account come from MicroProfile Config (DB_URL, DB_USER,
 * DB_PASSWORD).
 *
 * <p>Built for a database that goes away: the connections time out (see {@link
 * FailFastDataSource}), a connection is checked (a {@code SELECT '1'}, under the read timeout - not
 * {@code isValid(0)}, which lifts the timeout and hangs on a paused database) before it is lent if
 * it was not in the last second, a caller waits at most a second for one, and the first broken
 * connection makes the pool drop all of them - after a restart of the database none of the old ones
 * is tried again.
 */
@DataSourceDefinition(
    name = ServerDataSource.JNDI_NAME,
    className = "dev.personaltokens.adapter.out.persistence.database.FailFastDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.max-wait-time-in-millis=1000",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
      // At most once a second per connection: on every loan it was a second round trip for
      // each verification the node cache can't answer. A connection broken since still fails
      // within the read timeout and empties the pool.
      "fish.payara.validate-atmost-once-period-in-seconds=1",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class ServerDataSource {

  /** Where the persistence unit and the schema migrations find it. */
  public static final String JNDI_NAME = "java:app/jdbc/ptk";
}
