package dev.personaltokens.launcher;

import dev.personaltokens.settings.PtkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs Personal Tokens on one machine with no setup: an embedded MariaDB whose data lives in {@code
 * PTK_DATA_DIR} (default {@code ./data}), survives restarts and is started again if it dies, and
 * Payara Micro serving the WAR on 127.0.0.1. With {@code DB_URL} set, it uses that database
 * instead.
 */
public final class PtkServer {

  private PtkServer() {}

  public static void main(String[] args) throws Exception {
    try {
      run();
    } catch (PtkSettings.SettingException | EmbeddedDatabase.UnusableDataDir refused) {
      // A setting the operator can correct: said in one line, without a stack trace.
      System.err.println("Personal Tokens can't start: " + refused.getMessage());
      System.exit(2);
    }
  }

  private static void run() throws Exception {
    Path war = existing(System.getProperty("ptk.war", "apps/server/target/ptk.war"));
    Path payara =
        existing(System.getProperty("ptk.payara", "apps/launcher/target/payara-micro.jar"));
    // Read as the server reads them; the server reads the rest from the environment it inherits.
    PtkSettings settings = PtkSettings.ofThisProcess();
    int port = settings.number("PTK_PORT");

    Path dataDir = Path.of(settings.text("PTK_DATA_DIR")).toAbsolutePath();
    if (!settings.isSet("DB_URL")) {
      EmbeddedDatabase.requireUsable(dataDir); // before anything is written there
    }
    Optional<DataGridConfig> dataGrid =
        DataGridConfig.from(settings, dataDir.resolve("cluster-secret"));

    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC"));
    // Payara's services start one after another, not on four threads: started together, two of
    // them now and then raced over the same list of HK2's (a ConcurrentModificationException in
    // SystemDescriptor.invokeInstanceListeners) and Payara gave up booting - once in 665 boots of
    // the system tests, each on a busy machine. One thread boots as fast here (11.8-12.1 s).
    command.add("-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS");
    // What this run writes outside the data directory, deleted when it stops: the data grid's
    // files, and Payara's runtime (110 MB), which Payara deletes itself only when it stops, not
    // when it is killed.
    Path runDir = Files.createTempDirectory("ptk-run");
    Path gridDir = runDir.resolve("grid");
    if (dataGrid.isPresent()) {
      Files.createDirectories(gridDir);
      command.addAll(DataGridConfig.serialFilterOptions(gridDir.resolve("filter")));
    }
    command.addAll(List.of("-jar", payara.toString()));
    command.addAll(List.of("--rootdir", runDir.resolve("payara").toString()));
    command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));
    command.addAll(List.of("--port", Integer.toString(port)));
    if (dataGrid.isPresent()) {
      command.addAll(List.of("--hzconfigfile", dataGrid.get().write(gridDir).toString()));
      System.out.println(
          "Cluster "
              + dataGrid.get().name()
              + ": data grid on "
              + dataGrid.get().networkInterface()
              + ":"
              + dataGrid.get().port()
              + ", members "
              + dataGrid.get().members()
              + (settings.isSet("PTK_CLUSTER_SECRET")
                  ? ""
                  : ", secret shared through " + dataDir.resolve("cluster-secret")));
    } else {
      // No data grid: --nohazelcast alone. Together with --nocluster, Payara Micro 6 ignores it
      // and starts a Hazelcast member on *:6900 (--nocluster only turns clustering off).
      command.add("--nohazelcast");
    }
    Path preboot =
        existing(System.getProperty("ptk.preboot", "apps/server/src/main/payara/preboot.asadmin"));
    command.addAll(List.of("--prebootcommandfile", prebootCommands(preboot).toString()));
    ProcessBuilder server = new ProcessBuilder(command).inheritIO();
    // The server signs its messages with the secret the grid's name came from.
    dataGrid.ifPresent(
        grid -> server.environment().put("PTK_CLUSTER_SECRET", grid.secret().text()));

    EmbeddedDatabase database = null;
    if (!settings.isSet("DB_URL")) {
      Path socket = EmbeddedDatabase.socketIn(dataDir);
      if (EmbeddedDatabase.isServedAt(socket)) {
        // Another ./run serves this data directory: a second node shares its database.
        System.out.println("Using the embedded MariaDB another node runs on " + socket);
      } else {
        database = EmbeddedDatabase.start(dataDir);
        System.out.println("Embedded MariaDB on the socket file " + socket + " (no TCP port)");
      }
      server.environment().put("DB_URL", EmbeddedDatabase.jdbcUrl(socket));
      server.environment().put("DB_USER", "root");
      server
          .environment()
          .put("DB_PASSWORD", "unchecked"); // grant checks are off: the socket file is the lock
    }

    System.out.println("Starting Personal Tokens on http://localhost:" + port + " ...");
    Process process = server.start();
    EmbeddedDatabase started = database;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(process, started, runDir), "ptk-server-shutdown"));
    int exit = process.waitFor();
    System.exit(exit);
  }

  /**
   * Stops Payara, then the database, and deletes what the run wrote outside its data ({@code
   * runDir}).
   */
  private static void stop(Process process, EmbeddedDatabase database, Path runDir) {
    process.destroy();
    try {
      process.waitFor();
      if (database != null) {
        database.stop();
      }
      try (var files = Files.walk(runDir)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    } catch (InterruptedException | IOException e) {
      System.err.println("Stopping: " + e.getMessage());
    }
  }

  /**
   * The project's preboot commands, and the listener's address: Payara Micro has no option for it,
   * and it is set before the server boots.
   */
  private static Path prebootCommands(Path preboot) throws IOException {
    Path file = Files.createTempFile("ptk-preboot", ".asadmin");
    file.toFile().deleteOnExit();
    Files.writeString(
        file,
        Files.readString(preboot)
            + "set configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.address=127.0.0.1\n");
    return file;
  }

  private static Path existing(String path) {
    Path file = Path.of(path);
    if (!Files.isRegularFile(file)) {
      System.err.println(file + " is missing: build first with ./mvnw -DskipTests package");
      System.exit(2);
    }
    return file;
  }
}
