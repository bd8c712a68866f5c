package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The server as {@code ./run} starts it - the launcher, its embedded MariaDB in a data directory of
 * its own, Payara Micro - on a free loopback port, for tests that need the whole of it (the
 * database killed and paused under it). Stopped as Ctrl-C would, then by force if need be.
 */
final class LaunchedServer implements AutoCloseable {

  static final String ADMIN_EMAIL = "admin@faults.example.com";
  static final String ADMIN_PASSWORD = "faults-admin-password-0123";

  /**
   * How long the check that a server is up waits for one answer. A node booting behind the other
   * classes at low priority ({@link IsolatedServers}) takes many seconds for its first request:
   * given up after 5 s, each check was sent again while the server still worked on the ones
   * abandoned, and they piled up until none was answered within 5 s (twice in a build here, node A
   * of a cluster: "request timed out" for the three minutes after its Payara was ready).
   */
  private static final Duration FIRST_ANSWER = Duration.ofSeconds(60);

  private final Process launcher;
  private final int port;
  private final Path dataDir;
  private final boolean ownsDataDir;
  private final Path log;

  private LaunchedServer(Process launcher, int port, Path dataDir, boolean ownsDataDir, Path log) {
    this.launcher = launcher;
    this.port = port;
    this.dataDir = dataDir;
    this.ownsDataDir = ownsDataDir;
    this.log = log;
  }

  /** Short: the database's socket file lives in it, and a socket path has at most 107 bytes. */
  static Path newDataDir() throws IOException {
    // In the build's directory: ./run refuses one under /tmp, which its database would empty.
    Path builds = Files.createDirectories(Path.of("target", "data").toAbsolutePath());
    return Files.createTempDirectory(builds, "ptk");
  }

  /**
   * A node on {@code dataDir}'s database - its own, or the one another node started there - with
   * {@code settings} added to its environment (PTK_CLUSTER_...). It deletes the directory when it
   * stops only if it {@code ownsDataDir}.
   */
  static LaunchedServer start(Path dataDir, Map<String, String> settings, boolean ownsDataDir)
      throws IOException, InterruptedException {
    return start(dataDir, port -> settings, ownsDataDir);
  }

  /** The same, with settings that name the node's own port (PTK_PUBLIC_URL). */
  static LaunchedServer start(
      Path dataDir, Function<Integer, Map<String, String>> settings, boolean ownsDataDir)
      throws IOException, InterruptedException {
    int port = LoopbackPort.free();
    Path log = Path.of("target", "launched-server-" + port + ".log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Dptk.war=" + System.getProperty("ptk.war"),
                "-Dptk.payara=" + System.getProperty("payara.micro.jar"),
                "-Dptk.preboot=" + System.getProperty("ptk.preboot"),
                "-cp",
                System.getProperty("ptk.launcher.classpath"),
                "dev.personaltokens.launcher.PtkServer")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("PTK_"));
    env.put("JAVA_TOOL_OPTIONS", TestJvm.toolOptions());
    env.put("PTK_PORT", Integer.toString(port));
    env.put("PTK_DATA_DIR", dataDir.toString());
    env.put("PTK_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("PTK_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.putAll(settings.apply(port));
    LaunchedServer server = new LaunchedServer(builder.start(), port, dataDir, ownsDataDir, log);
    // A boot behind the other classes may wait for CPU until they are done: their phase's length.
    server.awaitStarted(Duration.ofMinutes(6));
    return server;
  }

  URL url() {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  Path dataDir() {
    return dataDir;
  }

  /** The operator's {@code ptk admin}, on this node's embedded database through its socket file. */
  Ptk operator(Path home) {
    return new Ptk(url().toString(), home)
        .env(
            "DB_URL",
            "jdbc:mariadb://localhost/ptk?socketFactory="
                + "dev.personaltokens.adapter.out.persistence.database.UnixSocketFactory&unixSocket="
                + dataDir.resolve("mariadb.sock"))
        .env("DB_USER", "root")
        .env("DB_PASSWORD", "unchecked");
  }

  /**
   * Opens an account with this email and password as the operator does ({@code ptk admin
   * create-account}), e.g. on a server whose first admin's password was generated.
   */
  void openAccount(Path home, String email, String password) {
    Run created =
        operator(home).runWithInput(password + "\n", "admin", "create-account", "--email", email);
    assertThat(created.exitCode()).as(created.toString()).isZero();
  }

  /** The embedded database's process, as the launcher runs it now. */
  ProcessHandle database() {
    List<ProcessHandle> found =
        launcher
            .descendants()
            .filter(process -> process.info().command().orElse("").endsWith("mariadbd"))
            .toList();
    if (found.size() != 1) {
      throw new IllegalStateException("expected one mariadbd under the launcher: " + found);
    }
    return found.get(0);
  }

  /** The Payara Micro process serving this node. */
  ProcessHandle payara() {
    return launcher
        .descendants()
        .filter(
            process ->
                process.info().arguments().map(List::of).orElse(List.of()).stream()
                    .anyMatch(argument -> argument.endsWith("payara-micro.jar")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no Payara Micro under the launcher"));
  }

  /** Sends a signal by name (KILL, STOP, CONT) with the system's kill, as an operator would. */
  static void signal(ProcessHandle process, String signal)
      throws IOException, InterruptedException {
    int exit =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
            .inheritIO()
            .start()
            .waitFor();
    if (exit != 0) {
      throw new IllegalStateException("kill -" + signal + " " + process.pid() + " -> " + exit);
    }
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  /** The last {@code lines} lines of a {@code file}. */
  static String tail(Path file, int lines) throws IOException {
    // Decoded leniently: a process's output may hold anything.
    List<String> all =
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private void awaitStarted(Duration limit) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(limit);
    String lastAnswer = "none";
    while (Instant.now().isBefore(deadline)) {
      if (!launcher.isAlive()) {
        // Its last lines: the build's output is all a CI run leaves to read.
        throw new IllegalStateException(
            "the server stopped while starting; the end of " + log + ":\n" + tail(log, 40));
      }
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(URI.create(url() + "api/user/me"))
                        .timeout(FIRST_ANSWER)
                        .build(),
                    BodyHandlers.discarding())
                .statusCode();
        if (status == 401) {
          return;
        }
        lastAnswer = Instant.now() + ": " + status;
      } catch (IOException notYet) {
        lastAnswer = Instant.now() + ": " + notYet; // not listening yet, or not answering
      }
      Thread.sleep(100);
    }
    Path threads = Path.of(log.toString().replaceAll("\\.log$", "-threads.txt"));
    dumpThreads(threads);
    close();
    throw new IllegalStateException(
        "the server did not start within "
            + limit
            + " (last answer "
            + lastAnswer
            + "); see "
            + log
            + " and what its threads did then: "
            + threads);
  }

  /** What Payara's threads are doing, for a server that answers nothing it should. */
  private void dumpThreads(Path file) throws InterruptedException {
    try {
      new ProcessBuilder("jcmd", Long.toString(payara().pid()), "Thread.print")
          .redirectErrorStream(true)
          .redirectOutput(file.toFile())
          .start()
          .waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | IllegalStateException noDump) {
      // no Payara to ask, or no jcmd: its log is all there is
    }
  }

  /** Stops everything it started and, if it owns it, deletes the data directory. */
  @Override
  public void close() throws InterruptedException, IOException {
    List<ProcessHandle> started = launcher.descendants().toList();
    launcher.destroy(); // SIGTERM: the launcher stops Payara, then the database
    if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
      launcher.destroyForcibly();
    }
    started.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : started) {
      process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(timedOut -> process).join();
    }
    if (ownsDataDir) {
      deleteDataDir();
    }
  }

  /** Deletes the data directory, the database's binaries too. */
  void deleteDataDir() throws IOException {
    TempDirs.delete(dataDir);
  }
}
