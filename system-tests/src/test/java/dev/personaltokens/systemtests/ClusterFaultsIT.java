package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong in a cluster: a node paused past its lease refuses what was revoked meanwhile, a
 * stranger with the well-known name can neither join nor delay a revoke, a killed node leaves the
 * other serving and the revoke completing, and a node started later joins and serves correctly.
 */
class ClusterFaultsIT extends OnTwoNodes {

  /**
   * A node paused (SIGSTOP: a long GC, a VM's stolen time) past its lease: the revoke on A stops
   * waiting for it once its lease has surely run out, and when it resumes, its first request finds
   * the lease gone and reads the database instead of the cache that still holds the token.
   */
  @Test
  @Order(1)
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
  @Order(2)
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

  @Test
  @Order(3)
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
  @Order(4)
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
}
