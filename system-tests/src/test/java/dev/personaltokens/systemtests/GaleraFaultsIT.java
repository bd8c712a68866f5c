package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A database node killed (-9), and one paused ({@code kill -STOP}: a hang, not a death), under a
 * loop of creates, revokes and verifications on both nodes of ours ({@link GaleraLoad}): no 500, no
 * answer held, nothing acknowledged lost, and once the other two have given up on the silent node -
 * the moment Galera lets their commits through again - every call answered as if nothing had
 * happened; the node then comes back by itself, catching up from the others (IST), and the loop
 * goes on. The figures are printed; the only timing asserted is "eventually", with generous limits.
 */
class GaleraFaultsIT extends OnGalera {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  @Test
  @Order(1)
  void aDatabaseNodeKilledUnderLoadLosesNothingAcknowledgedAndRejoins() throws Exception {
    GaleraCluster.Node killed = galera.node(1); // where node A's connections go
    GaleraCluster.Node survivor = galera.node(2);
    GaleraLoad load = new GaleraLoad(session, a, b).steps(20);

    galera.kill(killed);
    Duration evicted =
        load.fault("suspected").stepsUntil(() -> galera.size(survivor) == 2, LIMIT, galera);
    load.phase("two of three").steps(30);
    Instant restarted = Instant.now();
    galera.restart(killed);
    load.phase("rejoining").stepsUntil(() -> rejoined(killed, survivor), LIMIT, galera);
    Duration synced = Duration.between(restarted, Instant.now());
    load.phase("three again").steps(20);

    System.out.printf(
        "GaleraFaultsIT: node 1 killed under load; the others went on without it %d ms later;"
            + " restarted, it was Synced again %d ms later:%s%n",
        evicted.toMillis(), synced.toMillis(), load.summary());
    load.assertNothingLost();
    assertThat(load.statuses("two of three", "three again")).containsOnlyKeys(200, 201, 204);
    assertThat(galera.log(killed)).contains("IST received");
  }

  @Test
  @Order(2)
  void aPausedDatabaseNodeIsSurvivedTheSameWay() throws Exception {
    GaleraCluster.Node paused = galera.node(2); // where node B's connections go
    GaleraCluster.Node survivor = galera.node(1);
    GaleraLoad load = new GaleraLoad(session, a, b).steps(20);

    LaunchedServer.signal(paused.handle(), "STOP");
    Duration evicted;
    try {
      evicted = load.fault("suspected").stepsUntil(() -> galera.size(survivor) == 2, LIMIT, galera);
      load.phase("two of three").steps(30);
    } finally {
      LaunchedServer.signal(paused.handle(), "CONT");
    }
    Instant resumed = Instant.now();
    load.phase("rejoining").stepsUntil(() -> rejoined(paused, survivor), LIMIT, galera);
    Duration synced = Duration.between(resumed, Instant.now());
    load.phase("three again").steps(20);

    System.out.printf(
        "GaleraFaultsIT: node 2 paused under load; the others went on without it %d ms later;"
            + " woken up, it was Synced again %d ms later:%s%n",
        evicted.toMillis(), synced.toMillis(), load.summary());
    load.assertNothingLost();
    assertThat(load.statuses("two of three", "three again")).containsOnlyKeys(200, 201, 204);
  }

  /** Back in the cluster and caught up: a paused node thinks itself Synced until it notices. */
  private static boolean rejoined(GaleraCluster.Node node, GaleraCluster.Node survivor)
      throws Exception {
    return galera.size(survivor) == 3 && galera.synced(node);
  }
}
