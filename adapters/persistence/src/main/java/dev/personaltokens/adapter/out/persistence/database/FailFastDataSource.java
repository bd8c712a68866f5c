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
 * connection give up after {@value #TIMEOUT_MILLIS} ms, so a database that is down or hung fails a
 * request in time (503) instead of holding it. They are added to whatever {@code DB_URL} says,
 * unless it sets them itself.
 */
public final class FailFastDataSource implements DataSource {

  /** A few of these fit in a request's 2 seconds (a ping, a new connection); a query takes ms. */
  static final int TIMEOUT_MILLIS = 500;

  private final MariaDbDataSource mariaDb = new MariaDbDataSource();

  public void setUrl(String url) throws SQLException {
    mariaDb.setUrl(withTimeouts(url));
  }

  public void setUser(String user) throws SQLException {
    mariaDb.setUser(user);
  }

  public void setPassword(String password) throws SQLException {
    mariaDb.setPassword(password);
  }

  static String withTimeouts(String url) {
    StringBuilder result = new StringBuilder(url);
    for (String option : new String[] {"connectTimeout", "socketTimeout"}) {
      if (!url.contains(option + "=")) {
        result.append(result.indexOf("?") < 0 ? '?' : '&');
        result.append(option).append('=').append(TIMEOUT_MILLIS);
      }
    }
    return result.toString();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return mariaDb.getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return mariaDb.getConnection(user, password);
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
