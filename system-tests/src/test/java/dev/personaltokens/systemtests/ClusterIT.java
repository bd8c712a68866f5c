package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes as the README starts them - {@code ./run} twice on one data directory, the second
 * sharing the first one's MariaDB, both told the same PTK_CLUSTER_MEMBERS - and HAProxy round robin
 * in front. A revocation on node A always wins on node B, whose cache held the token a moment
 * before: the next request there is refused, every time. A node killed leaves the other serving
 * (from the database) and the revoke completing; so does a node paused past its lease; a node
 * started later joins and serves correctly; a stranger on the grid's ports gets nowhere.
 *
 * <p>The figures (how long a revoke waits for the other node, how long after the 204 the first 401
 * comes) are printed; limits here are generous, so that a slow machine can't fail them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String TOKENS = "api/iam/personal_tokens";
  private static final String ME = "api/user/me";

  private static Path dataDir;
  private static Map<String, String> settingsA;
  private static Map<String, String> settingsB;
  private static LaunchedServer nodeA;
  private static LaunchedServer nodeB;
  private static Haproxy haproxy;
  private static ApiClient a;
  private static ApiClient b;
  private static String session;

  @BeforeAll
  static void start() throws Exception {
    int gridA = LoopbackPort.free();
    int gridB = LoopbackPort.free();
    String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
    String name = "ptk-it-" + gridA;
    settingsA = cluster(members, name, gridA);
    settingsB = cluster(members, name, gridB);
    dataDir = LaunchedServer.newDataDir();
    nodeA = LaunchedServer.start(dataDir, settingsA, true);
    nodeB = LaunchedServer.start(dataDir, settingsB, false);
    haproxy = Haproxy.roundRobin(List.of(nodeA.url(), nodeB.url()));
    a = new ApiClient(nodeA.url());
    b = new ApiClient(nodeB.url());
    session = a.sessionOf(LaunchedServer.ADMIN_EMAIL, LaunchedServer.ADMIN_PASSWORD);
    a.eventually("health/ready", ready -> ready.contains("\"members\":\"2\""));
    bothTrustTheirCache();
  }

  /** Waits until each node holds a lease from the other. */
  private static void bothTrustTheirCache() {
    for (ApiClient node : List.of(a, b)) {
      node.eventually("health/ready", ready -> ready.contains("\"cache\":\"trusted\""));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (haproxy != null) {
      haproxy.close();
    }
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
  }

  private static Map<String, String> cluster(String members, String name, int gridPort) {
    return Map.of(
        "PTK_CLUSTER_MEMBERS", members,
        "PTK_CLUSTER_NAME", name,
        "PTK_CLUSTER_PORT", Integer.toString(gridPort));
  }

  @Test
  @Order(1)
  void theNodesFormOneClusterWhoseDataGridListensOnLoopbackOnly() throws Exception {
    for (ApiClient node : List.of(a, b)) {
      JsonObject cluster = check(node.get("health/ready", null).json(), "cluster");
      assertThat(cluster.getString("members")).isEqualTo("2");
      assertThat(cluster.getString("cache")).isEqualTo("trusted");
    }
    String listening =
        new String(
            new ProcessBuilder("ss", "-ltnH").start().getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
    for (Map<String, String> settings : List.of(settingsA, settingsB)) {
      String port = ":" + settings.get("PTK_CLUSTER_PORT") + " ";
      List<String> lines = listening.lines().filter(line -> line.contains(port)).toList();
      // ss writes an IPv4 address the JDK bound as an IPv6 one as [::ffff:127.0.0.1].
      assertThat(lines)
          .isNotEmpty()
          .allMatch(line -> line.matches(".* \\[?(::ffff:)?127\\.0\\.0\\.1\\]?" + port + ".*"));
    }
  }

  @Test
  @Order(2)
  void twoHundredRevocationsOnNodeAEachFailTheNextRequestOnNodeB() {
    List<Long> revokeMillis = new ArrayList<>();
    int accepted = 0;
    for (int round = 0; round < 200; round++) {
      JsonObject token = create("round " + round);
      String key = token.getString("key");
      cachedOn(b, key);

      Instant before = Instant.now();
      assertThat(a.delete(TOKENS + "/" + token.getString("uuid"), session).status()).isEqualTo(204);
      revokeMillis.add(Duration.between(before, Instant.now()).toMillis());

      Answer next = b.get(ME, key);
      if (next.status() == 401) {
        assertThat(next.errorCode()).isEqualTo("auth.token.revoked");
      } else {
        accepted++;
      }
    }
    assertThat(accepted).as("revoked keys node B accepted, of 200").isZero();
    System.out.println(
        "ClusterIT: 200 revokes on A, B accepted "
            + accepted
            + " after the 204; "
            + "revoke round trip "
            + summary(revokeMillis));
  }

  @Test
  @Order(3)
  void rotationRevokeAllAndLeakReportsWinOnTheOtherNodeToo() {
    for (int round = 0; round < 50; round++) {
      JsonObject token = create("rotated " + round);
      cachedOn(b, token.getString("key"));
      Answer rotated =
          a.postJson(TOKENS + "/" + token.getString("uuid") + "/rotate", session, "{}");
      assertThat(rotated.status()).isEqualTo(201);
      assertRefused(b.get(ME, token.getString("key")), "auth.token.rotated");
      assertThat(b.get(ME, rotated.json().getString("key")).status()).isEqualTo(200);
    }
    for (int round = 0; round < 50; round++) {
      String key = create("revoked with all " + round).getString("key");
      cachedOn(b, key);
      Answer all = a.postJson(TOKENS + "/revoke_all", session, "{\"confirm\":\"delete\"}");
      assertThat(all.status()).isEqualTo(200);
      assertRefused(b.get(ME, key), "auth.token.revoked");
    }
    // A leak report answers 202 before it revokes (so that it tells nothing): B refuses soon after.
    String leaked = create("leaked").getString("key");
    cachedOn(b, leaked);
    Answer report =
        a.postJson("api/credentials/revoke", null, "{\"credentials\":[\"" + leaked + "\"]}");
    assertThat(report.status()).isEqualTo(202);
    Eventually.until(() -> b.get(ME, leaked).status(), status -> status == 401);
    assertRefused(b.get(ME, leaked), "auth.token.revoked");
  }

  @Test
  @Order(4)
  void theSignInThrottleCountsFailuresOnEveryNode() {
    String email = "nobody-" + java.util.UUID.randomUUID() + "@cluster.example.com";
    for (int failure = 0; failure < 5; failure++) {
      ApiClient node = failure % 2 == 0 ? a : b;
      assertThat(node.signIn(email, "wrong-password-" + failure).errorCode())
          .isEqualTo("auth.credentials.invalid");
    }
    for (ApiClient node : List.of(a, b)) {
      Answer refused = node.signIn(email, "wrong-password-again");
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.errorCode()).isEqualTo("auth.throttled");
    }
  }

  @Test
  @Order(5)
  void hammeredThroughHaproxyNothingGetsThroughAfterTheRevokeAnswered() throws Exception {
    ApiClient balanced = new ApiClient(haproxy.url());
    for (int round = 0; round < 5; round++) {
      JsonObject token = create("hammered " + round);
      String key = token.getString("key");
      Hammer throughHaproxy = new Hammer(balanced, key);
      Hammer onB = new Hammer(b, key);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      Future<List<long[]>> viaHaproxy = threads.submit(throughHaproxy);
      Future<List<long[]>> viaB = threads.submit(onB);
      Eventually.until(() -> throughHaproxy.ok + onB.ok, ok -> ok > 20);

      assertThat(a.delete(TOKENS + "/" + token.getString("uuid"), session).status()).isEqualTo(204);
      long answered = System.nanoTime();
      Eventually.until(() -> throughHaproxy.after(answered) + onB.after(answered), n -> n > 40);
      throughHaproxy.stop = true;
      onB.stop = true;

      long acceptedAfter =
          acceptedAfter(viaHaproxy.get(), answered) + acceptedAfter(viaB.get(), answered);
      threads.shutdown();
      assertThat(acceptedAfter).as("requests sent after the 204 and accepted").isZero();
      System.out.println(
          "ClusterIT: hammer round "
              + round
              + ": "
              + throughHaproxy.sent.size()
              + " via HAProxy, "
              + onB.sent.size()
              + " on B, 0 accepted after the 204");
    }
  }

  @Test
  @Order(8)
  void aKilledNodeLeavesTheOtherServingAndTheRevokeCompletes() throws Exception {
    JsonObject good = create("survives");
    JsonObject revoked = create("revoked while B is dead");
    cachedOn(a, revoked.getString("key"));

    LaunchedServer.signal(nodeB.payara(), "KILL");
    Instant before = Instant.now();
    assertThat(a.delete(TOKENS + "/" + revoked.getString("uuid"), session).status()).isEqualTo(204);
    long waited = Duration.between(before, Instant.now()).toMillis();

    assertRefused(a.get(ME, revoked.getString("key")), "auth.token.revoked");
    assertThat(a.get(ME, good.getString("key")).status()).isEqualTo(200);
    // Without B's grants, A's own lease runs out within a lease: then it reads the database.
    a.eventually("health/ready", ready -> ready.contains("\"cache\":\"bypassed"));
    JsonObject cluster = check(a.get("health/ready", null).json(), "cluster");
    assertThat(cluster.getString("members")).isEqualTo("1");
    assertThat(a.get(ME, good.getString("key")).status()).isEqualTo(200);
    System.out.println("ClusterIT: revoke with B killed answered after " + waited + " ms");
  }

  @Test
  @Order(9)
  void aNodeStartedLaterJoinsAndServesCorrectly() throws Exception {
    nodeB.close();
    nodeB = LaunchedServer.start(dataDir, settingsB, false);
    b = new ApiClient(nodeB.url());
    a.eventually("health/ready", ready -> ready.contains("\"cache\":\"trusted\""));

    JsonObject token = create("after the join");
    cachedOn(b, token.getString("key"));
    cachedOn(a, token.getString("key"));
    assertThat(a.delete(TOKENS + "/" + token.getString("uuid"), session).status()).isEqualTo(204);
    assertRefused(b.get(ME, token.getString("key")), "auth.token.revoked");
    assertThat(check(b.get("health/ready", null).json(), "cluster").getString("members"))
        .isEqualTo("2");
  }

  /**
   * A node paused (SIGSTOP: a long GC, a VM's stolen time) past its lease: the revoke on A stops
   * waiting for it once its lease has surely run out, and when it resumes, its first request finds
   * the lease gone and reads the database instead of the cache that still holds the token.
   */
  @Test
  @Order(6)
  void aNodePausedPastItsLeaseRefusesWhatWasRevokedMeanwhile() throws Exception {
    JsonObject token = create("revoked while B is paused");
    String key = token.getString("key");
    cachedOn(b, key);

    LaunchedServer.signal(nodeB.payara(), "STOP");
    Instant before = Instant.now();
    Answer revoked;
    try {
      revoked = a.delete(TOKENS + "/" + token.getString("uuid"), session);
    } finally {
      LaunchedServer.signal(nodeB.payara(), "CONT");
    }
    long waited = Duration.between(before, Instant.now()).toMillis();

    assertThat(revoked.status()).isEqualTo(204);
    assertRefused(b.get(ME, key), "auth.token.revoked");
    System.out.println(
        "ClusterIT: revoke with B paused answered after "
            + waited
            + " ms; B's first request after SIGCONT refused");
    bothTrustTheirCache();
  }

  /**
   * Someone on the machine starts a Hazelcast member and a client with the cluster's configured
   * name, pointed at the nodes' grid ports: the grid's real name comes from the secret, and the
   * port speaks only the members' protocol, so neither gets in - it can't read the shared state,
   * clear it, hold a lock in it or be waited for by a revoke.
   */
  @Test
  @Order(7)
  void aStrangerWithTheWellKnownNameCanNeitherJoinNorDelayARevoke() throws Exception {
    String gridA = "127.0.0.1:" + settingsA.get("PTK_CLUSTER_PORT");
    String gridB = "127.0.0.1:" + settingsB.get("PTK_CLUSTER_PORT");
    String realName =
        dev.personaltokens.adapter.out.cluster.ClusterSecret.keptIn(
                dataDir.resolve("cluster-secret"))
            .clusterName(settingsA.get("PTK_CLUSTER_NAME"));
    Stranger stranger = Stranger.member(settingsA.get("PTK_CLUSTER_NAME"), gridA, gridB);
    try {
      assertThat(stranger.members()).as("the stranger's view of its cluster").isEqualTo(1);
      assertThat(stranger.sharedState()).as("what it can read of the shared state").isZero();
      stranger.clearAndLockEverything();
      for (ApiClient node : List.of(a, b)) {
        assertThat(check(node.get("health/ready", null).json(), "cluster").getString("members"))
            .isEqualTo("2");
      }
      assertThat(Stranger.clientConnects(settingsA.get("PTK_CLUSTER_NAME"), gridA))
          .as("a client with the configured name")
          .isFalse();
      assertThat(Stranger.clientConnects(realName, gridA))
          .as("a client even with the real name: the port takes members only")
          .isFalse();

      JsonObject token = create("revoked with a stranger about");
      cachedOn(b, token.getString("key"));
      Instant before = Instant.now();
      assertThat(a.delete(TOKENS + "/" + token.getString("uuid"), session).status()).isEqualTo(204);
      long waited = Duration.between(before, Instant.now()).toMillis();
      assertRefused(b.get(ME, token.getString("key")), "auth.token.revoked");
      // The throttle's state is the nodes', whatever the stranger cleared or locked of its own.
      String email = "nobody-" + java.util.UUID.randomUUID() + "@cluster.example.com";
      for (int failure = 0; failure < 5; failure++) {
        (failure % 2 == 0 ? a : b).signIn(email, "wrong-password-" + failure);
      }
      assertThat(b.signIn(email, "wrong-password-again").errorCode()).isEqualTo("auth.throttled");
      System.out.println(
          "ClusterIT: a stranger member and clients with the well-known name stayed out; revoke"
              + " answered in "
              + waited
              + " ms");
    } finally {
      stranger.close();
    }
  }

  private static JsonObject create(String name) {
    Answer created =
        a.postJson(
            TOKENS,
            session,
            "{\"name\":\""
                + name
                + "\",\"expires_at\":\""
                + Instant.now().plus(Duration.ofDays(30))
                + "\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.json();
  }

  /** Used twice on {@code node}: the second answer came from its cache. */
  private static void cachedOn(ApiClient node, String key) {
    assertThat(node.get(ME, key).status()).isEqualTo(200);
    assertThat(node.get(ME, key).status()).isEqualTo(200);
  }

  private static void assertRefused(Answer answer, String code) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo(code);
  }

  private static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .filter(check -> check.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonObject("data");
  }

  private static long acceptedAfter(List<long[]> sent, long answered) {
    return sent.stream().filter(r -> r[0] > answered && r[1] == 200).count();
  }

  private static String summary(List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    return "p50 "
        + sorted.get(sorted.size() / 2)
        + " ms, p99 "
        + sorted.get(sorted.size() * 99 / 100)
        + " ms, max "
        + sorted.get(sorted.size() - 1)
        + " ms";
  }

  /** Sends GET /api/user/me with one key until stopped (at most 60 s): {send time, status}. */
  private static final class Hammer implements java.util.concurrent.Callable<List<long[]>> {

    private final ApiClient api;
    private final String key;
    private final List<long[]> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile boolean stop;
    volatile int ok;

    Hammer(ApiClient api, String key) {
      this.api = api;
      this.key = key;
    }

    @Override
    public List<long[]> call() {
      Instant limit = Instant.now().plus(Duration.ofSeconds(60));
      while (!stop && Instant.now().isBefore(limit)) {
        long start = System.nanoTime();
        int status = api.get(ME, key).status();
        sent.add(new long[] {start, status});
        if (status == 200) {
          ok++;
        }
      }
      return sent;
    }

    long after(long answered) {
      return sent.stream().filter(r -> r[0] > answered).count();
    }
  }
}
