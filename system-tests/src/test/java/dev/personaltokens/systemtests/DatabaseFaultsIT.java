package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.systemtests.ApiClient.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The database as a fault, on the server as {@code ./run} starts it: its embedded MariaDB killed
 * (-9) and paused (SIGSTOP) under a stream of requests. Every answer is 201 or 503 {@code
 * service.unavailable} (or a refused connection) - never a 500, never a hang; the launcher starts
 * the database again; every key that got its 201 still authenticates afterwards.
 *
 * <p>Limits here are generous (an answer within 5 s, recovery within 30 s) so that a slow machine
 * can't fail them; the figures measured are printed, and the closing note reports them. Isolated:
 * the figures are the fault's, not another class's load.
 */
@Isolated
@ExtendWith(IsolatedServers.Await.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultsIT {

  private static final String TOKENS = "api/iam/personal_tokens";
  private static final Duration NO_HANG = Duration.ofSeconds(5);

  private static LaunchedServer server;
  private static ApiClient api;
  private static String session;

  /**
   * A server of its own, not a shared one: after its database is killed and started again, the
   * connections the server's pool held to the old one fail once each when next used (503), and a
   * class after this one would meet them (a burst of parallel sign-ins did: 3 of 200 got 503).
   */
  static AutoCloseable startServer() throws Exception {
    server = LaunchedServer.start(LaunchedServer.newDataDir(), Map.of(), true);
    api = new ApiClient(server.url());
    session = api.sessionOf(LaunchedServer.ADMIN_EMAIL, LaunchedServer.ADMIN_PASSWORD);
    return server;
  }

  @Test
  @Order(1)
  void theEmbeddedDatabaseListensOnASocketFileOnlyItsOwnerCanReach() throws Exception {
    ProcessHandle database = server.database();

    assertThat(Files.getPosixFilePermissions(server.dataDir()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(server.dataDir().resolve("mariadb.sock")).exists();
    assertThat(database.info().arguments().map(List::of).orElseThrow())
        .contains("--skip-networking")
        // Sized for the machine (an eighth of its memory, 128 MiB to 1 GiB), not MariaDB's 128 MiB.
        .anyMatch(argument -> argument.matches("--innodb-buffer-pool-size=[0-9]{9,10}"));
    String listening =
        new String(
            new ProcessBuilder("ss", "-ltnpH").start().getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(listening).doesNotContain("pid=" + database.pid() + ",");
  }

  /** The README's way for an operator to reach ./run's database: the ptk jar, the socket file. */
  @Test
  @Order(2)
  void theAdminCommandReachesTheEmbeddedDatabaseThroughItsSocketFile(@TempDir Path home)
      throws Exception {
    Ptk ptk = server.operator(home);

    Run created = ptk.jar("", "admin", "services", "create", "--name", "faults-billing");
    Run listed = ptk.jar("", "admin", "services", "list");

    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("faults-billing");
  }

  @Test
  @Order(3)
  void aKilledDatabaseIsStartedAgainAndNoAcknowledgedTokenIsLost() throws Exception {
    ProcessHandle database = server.database();
    Outcomes outcomes = new Outcomes();
    Instant killed = null;
    Instant recovered = null;
    int createdSinceRecovery = 0;
    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    for (int i = 0; i < 5_000 && Instant.now().isBefore(end) && createdSinceRecovery < 5; i++) {
      if (i == 5) {
        LaunchedServer.signal(database, "KILL");
        killed = Instant.now();
      }
      String name = "fault " + i;
      Answer answer = outcomes.send(() -> api.postJson(TOKENS, session, tokenJson(name)));
      if (answer != null && answer.status() == 201 && killed != null) {
        recovered = recovered == null ? Instant.now() : recovered;
        createdSinceRecovery++;
      }
      if (answer != null && answer.status() == 503 && outcomes.refused == 1) {
        assertThat(status("/health/ready")).isEqualTo(503);
        assertThat(status("/health/live")).isEqualTo(200);
      }
    }

    System.out.printf(
        "Database killed: %s; service back %d ms after the kill; slowest answer %d ms%n",
        outcomes.statuses,
        recovered == null ? -1 : Duration.between(killed, recovered).toMillis(),
        outcomes.slowest.toMillis());
    assertThat(outcomes.statuses.keySet()).isSubsetOf(201, 503, -1);
    assertThat(outcomes.refused).as("requests answered 503 while it was down").isPositive();
    assertThat(recovered).as("a 201 again after the restart").isNotNull();
    assertThat(outcomes.slowest).isLessThan(NO_HANG);
    assertThat(server.database().pid()).isNotEqualTo(database.pid());
    assertThat(status("/health/ready")).isEqualTo(200);
    for (String key : outcomes.keys) {
      assertThat(api.get("api/user/me", key).status())
          .as("key acknowledged by a 201")
          .isEqualTo(200);
    }
  }

  @Test
  @Order(4)
  void aPausedDatabaseIsAnswered503InsteadOfAHang() throws Exception {
    ProcessHandle database = server.database();
    Outcomes outcomes = new Outcomes();
    LaunchedServer.signal(database, "STOP");
    try {
      for (int i = 0; i < 4; i++) {
        outcomes.send(() -> api.postJson(TOKENS, session, tokenJson("paused")));
        outcomes.send(() -> api.get(TOKENS, session));
      }
      assertThat(status("/health/ready")).isEqualTo(503);
    } finally {
      LaunchedServer.signal(database, "CONT");
    }
    Instant resumed = Instant.now();
    Answer after = null;
    while (Duration.between(resumed, Instant.now()).compareTo(Duration.ofSeconds(30)) < 0) {
      after = outcomes.send(() -> api.postJson(TOKENS, session, tokenJson("resumed")));
      if (after != null && after.status() == 201) {
        break;
      }
    }

    System.out.printf(
        "Database paused: %s; slowest answer %d ms; back %d ms after SIGCONT%n",
        outcomes.statuses,
        outcomes.slowest.toMillis(),
        Duration.between(resumed, Instant.now()).toMillis());
    assertThat(outcomes.statuses).containsKey(503);
    assertThat(outcomes.statuses.keySet()).isSubsetOf(201, 503);
    assertThat(outcomes.slowest).isLessThan(NO_HANG);
    assertThat(after.status()).isEqualTo(201);
  }

  private static String tokenJson(String name) {
    String expires = Instant.now().plus(7, ChronoUnit.DAYS).toString().substring(0, 10);
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + expires + "T00:00:00Z\"}";
  }

  private static int status(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(api.uri(path)).timeout(NO_HANG).build(),
            BodyHandlers.discarding())
        .statusCode();
  }

  /** What came back, how slowly, and the keys that were acknowledged. */
  private static final class Outcomes {
    final Map<Integer, Integer> statuses = new TreeMap<>();
    final List<String> keys = new ArrayList<>();
    Duration slowest = Duration.ZERO;
    int refused;

    /** The answer, or null when the connection itself failed (counted as -1). */
    Answer send(java.util.function.Supplier<Answer> request) {
      Instant start = Instant.now();
      Answer answer;
      try {
        answer = request.get();
      } catch (UncheckedIOException connectionFailed) {
        answer = null;
      }
      Duration took = Duration.between(start, Instant.now());
      slowest = took.compareTo(slowest) > 0 ? took : slowest;
      int status = answer == null ? -1 : answer.status();
      statuses.merge(status, 1, Integer::sum);
      if (status == 201) {
        keys.add(answer.json().getString("key"));
      }
      if (status == 503) {
        refused++;
        assertThat(answer.errorCode()).isEqualTo("service.unavailable");
        assertThat(answer.header("Retry-After")).isPresent();
      }
      return answer;
    }
  }
}
