package dev.personaltokens.adapter.out.persistence.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source with timeouts that fit a request: connecting and every read or write on the
 * connection give up after {@value #TIMEOUT_MILLIS} ms, and a new connection to a several-host URL
 * makes {@value #CONNECT_ATTEMPTS} attempts at most, so a database that is down or hung fails a
 * request in time (503) instead of holding it; and on a Galera cluster every read sees what any
 * node committed before it began ({@value #READS_SEE_EVERY_COMMIT}). They are added to whatever
 * {@code DB_URL} says, unless it sets them itself. Its connections are back in autocommit mode
 * after a COMMIT that failed ({@link RestoredAutocommit}).
 */
public final class FailFastDataSource implements DataSource {

  /** A few of these fit in a request's 2 seconds (a ping, a new connection); a query takes ms. */
  static final int TIMEOUT_MILLIS = 500;

  private final MariaDbDataSource mariaDb = new MariaDbDataSource();

  public void setUrl(String url) throws SQLException {
    mariaDb.setUrl(withOptions(url));
  }

  public void setUser(String user) throws SQLException {
    mariaDb.setUser(user);
  }

  public void setPassword(String password) throws SQLException {
    mariaDb.setPassword(password);
  }

  /**
   * How many hosts a new connection to a several-host {@code DB_URL} tries in all (a host that
   * failed is tried again a quarter of a second later) before it gives up. The driver's default,
   * 120, held a request for 30 s when a Galera node died: while the cluster re-formed, no node was
   * Synced ({@code galeraAllowedState=4}) for a moment, and every host was refused.
   */
  static final int CONNECT_ATTEMPTS = 6;

  /**
   * How long the driver passes over a host that failed, in ms. Its default, a minute, is shared by
   * every connection of the JVM: hosts refused for a moment while a Galera cluster re-formed were
   * all passed over for a minute, and every new connection went to the dead one.
   */
  static final int PASS_OVER_MILLIS = 1000;

  /**
   * The session variable that makes a Galera node apply every write the cluster committed before a
   * read (or a transaction) begins, before it answers it: without it, a node answers from what it
   * has applied so far, and a token revoked through another node a moment ago could read as live on
   * a cache miss here - and be cached as such. On a MariaDB that is no Galera node it changes
   * nothing. Each read then waits for one round trip through the cluster (bench/galera).
   */
  static final String READS_SEE_EVERY_COMMIT = "wsrep_sync_wait=1";

  static String withOptions(String url) {
    StringBuilder result = new StringBuilder(url);
    String[][] options = {
      {"connectTimeout", Integer.toString(TIMEOUT_MILLIS)},
      {"socketTimeout", Integer.toString(TIMEOUT_MILLIS)},
      {"retriesAllDown", Integer.toString(CONNECT_ATTEMPTS)},
      {"deniedListTimeout", Integer.toString(PASS_OVER_MILLIS)}
    };
    for (String[] option : options) {
      if (!url.contains(option[0] + "=")) {
        result.append(result.indexOf("?") < 0 ? '?' : '&');
        result.append(option[0]).append('=').append(option[1]);
      }
    }
    if (!url.contains("wsrep_sync_wait")) {
      int variables = result.indexOf("sessionVariables=");
      if (variables < 0) {
        result.append("&sessionVariables=").append(READS_SEE_EVERY_COMMIT);
      } else {
        result.insert(variables + "sessionVariables=".length(), READS_SEE_EVERY_COMMIT + ",");
      }
    }
    return result.toString();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return RestoredAutocommit.around(mariaDb.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return RestoredAutocommit.around(mariaDb.getConnection(user, password));
  }

  @Override
  public PrintWriter getLogWriter() {
    return mariaDb.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    mariaDb.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    mariaDb.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return mariaDb.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return mariaDb.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return mariaDb.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return mariaDb.isWrapperFor(type);
  }
}
