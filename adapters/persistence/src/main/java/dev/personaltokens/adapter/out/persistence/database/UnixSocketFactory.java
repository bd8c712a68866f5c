package dev.personaltokens.adapter.out.persistence.database;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import org.mariadb.jdbc.Configuration;
import org.mariadb.jdbc.util.ConfigurableSocketFactory;

/**
 * Connects the MariaDB driver to a socket file rather than a TCP port: {@code
 * jdbc:mariadb://localhost/ptk?socketFactory=<this class>&unixSocket=/path/to/mariadb.sock}. The
 * embedded database of {@code ./run} listens on nothing else. Not the driver's own {@code
 * localSocket}: that one ignores the socket timeout (see {@link UnixSocket}).
 */
public final class UnixSocketFactory extends ConfigurableSocketFactory {

  /** The URL option that names the socket file. */
  public static final String OPTION = "unixSocket";

  private Path path;

  @Override
  public void setConfiguration(Configuration configuration, String host) {
    String option = configuration.nonMappedOptions().getProperty(OPTION);
    if (option == null || option.isBlank()) {
      throw new IllegalArgumentException(
          "the database URL names " + getClass().getName() + " but no " + OPTION + "=<file>");
    }
    path = Path.of(option);
  }

  @Override
  public Socket createSocket() {
    return new UnixSocket(path);
  }

  @Override
  public Socket createSocket(String host, int port) {
    throw unsupported();
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress local, int localPort) {
    throw unsupported();
  }

  @Override
  public Socket createSocket(InetAddress host, int port) {
    throw unsupported();
  }

  @Override
  public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) {
    throw unsupported();
  }

  /** The driver asks for an unconnected socket and connects it itself. */
  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("only unconnected sockets are made here");
  }
}
