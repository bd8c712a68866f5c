package dev.personaltokens.systemtests;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Three Galera nodes ({@link GaleraCluster}, the README's examples) and two nodes of ours on them
 * as the README configures them - one cluster of ours, each node's DB_URL listing every database
 * node, node A's from database node 1, node B's from database node 2, so that their writes meet
 * only in Galera's replication: shared by the Galera classes, started by the first that runs and
 * stopped when the run ends.
 *
 * <p>Isolated: a database node's silence is judged in seconds, and the faults' figures are the
 * fault's, not another class's boot.
 */
@Isolated
@ExtendWith(IsolatedServers.Await.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OnGalera {

  static final String TOKENS = "api/iam/personal_tokens";
  static final String ME = "api/user/me";

  static GaleraCluster galera;
  static LaunchedServer nodeA;
  static LaunchedServer nodeB;
  static ApiClient a;
  static ApiClient b;
  static String session;

  static AutoCloseable startAll() {
    try {
      galera = GaleraCluster.start();
      int gridA = LoopbackPort.free();
      int gridB = LoopbackPort.free();
      String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
      String name = "ptk-galera-" + gridA;
      // One data directory: the cluster's secret, made by the first node, is read by the second.
      Path dataDir = LaunchedServer.newDataDir();
      nodeA = LaunchedServer.start(dataDir, settings(1, members, name, gridA), true);
      nodeB = LaunchedServer.start(dataDir, settings(2, members, name, gridB), false);
      a = new ApiClient(nodeA.url());
      b = new ApiClient(nodeB.url());
      session = a.sessionOf(LaunchedServer.ADMIN_EMAIL, LaunchedServer.ADMIN_PASSWORD);
      a.eventually("health/ready", ready -> ready.contains("\"members\":\"2\""));
    } catch (org.opentest4j.TestAbortedException notInstalled) {
      throw notInstalled; // Debian's Galera packages are missing here: skipped, and said so
    } catch (Exception e) {
      stopAll();
      throw new IllegalStateException("Galera and the two nodes on it did not start", e);
    }
    return OnGalera::stopAll;
  }

  private static Map<String, String> settings(
      int firstDatabaseNode, String members, String name, int gridPort) {
    Map<String, String> settings = new HashMap<>(OnTwoNodes.cluster(members, name, gridPort));
    settings.put("DB_URL", galera.url(galera.node(firstDatabaseNode), GaleraCluster.DATABASE));
    settings.put("DB_USER", GaleraCluster.USER);
    settings.put("DB_PASSWORD", galera.password());
    return settings;
  }

  private static void stopAll() {
    try {
      if (nodeB != null) {
        nodeB.close();
      }
      if (nodeA != null) {
        nodeA.close();
      }
      if (galera != null) {
        galera.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Galera or a node on it did not stop", e);
    }
  }
}
