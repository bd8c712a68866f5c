package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Two nodes as the README starts them - {@code ./run} twice on one data directory, the second
 * sharing the first one's MariaDB, both told the same PTK_CLUSTER_MEMBERS - and HAProxy round robin
 * in front: shared by the cluster's topic classes, started by the first that runs and stopped when
 * the run ends, and left by each class with both nodes serving.
 *
 * <p>The figures (how long a revoke waits for the other node, how long after the 204 the first 401
 * comes) are printed; limits here are generous, so that a slow machine can't fail them. Isolated:
 * the nodes' leases and a paused node's deadline must not wait on another class's load.
 */
@Isolated
@ExtendWith(IsolatedServers.Await.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OnTwoNodes {

  static final String TOKENS = "api/iam/personal_tokens";
  static final String ME = "api/user/me";

  static Path dataDir;
  static Map<String, String> settingsA;
  static Map<String, String> settingsB;
  static LaunchedServer nodeA;
  static LaunchedServer nodeB;
  static Haproxy haproxy;
  static ApiClient a;
  static ApiClient b;
  static String session;

  static AutoCloseable startBoth() {
    try {
      start();
    } catch (Exception e) {
      throw new IllegalStateException("the two nodes did not start", e);
    }
    return OnTwoNodes::stop;
  }

  /** Each class begins with both nodes serving from a trusted cache, whatever the last one did. */
  @BeforeAll
  static void bothServing() {
    bothTrustTheirCache();
  }

  private static void start() throws Exception {
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

  static Map<String, String> cluster(String members, String name, int gridPort) {
    return Map.of(
        "PTK_CLUSTER_MEMBERS", members,
        "PTK_CLUSTER_NAME", name,
        "PTK_CLUSTER_PORT", Integer.toString(gridPort));
  }

  /** Waits until each node holds a lease from the other. */
  static void bothTrustTheirCache() {
    for (ApiClient node : List.of(a, b)) {
      node.eventually("health/ready", ready -> ready.contains("\"cache\":\"trusted\""));
    }
  }

  static JsonObject create(String name) {
    return create(session, name);
  }

  static JsonObject create(String owner, String name) {
    Answer created =
        a.postJson(
            TOKENS,
            owner,
            "{\"name\":\""
                + name
                + "\",\"expires_at\":\""
                + Instant.now().plus(Duration.ofDays(30))
                + "\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.json();
  }

  /** Used twice on {@code node}: the second answer came from its cache. */
  static void cachedOn(ApiClient node, String key) {
    assertThat(node.get(ME, key).status()).isEqualTo(200);
    assertThat(node.get(ME, key).status()).isEqualTo(200);
  }

  static void assertRefused(Answer answer, String code) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo(code);
  }

  static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(JsonObject.class::cast)
        .filter(check -> check.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonObject("data");
  }
}
