package dev.personaltokens.systemtests;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.IOException;

/**
 * Someone else on the machine with Hazelcast: a member, and clients, that know the cluster's
 * configured name and the nodes' grid ports, but not its secret.
 */
final class Stranger implements AutoCloseable {

  private static final String SHARED_STATE = "ptk-shared-state";

  private final HazelcastInstance member;

  private Stranger(HazelcastInstance member) {
    this.member = member;
  }

  /** A member on a loopback port of its own, joining {@code nodes} under {@code clusterName}. */
  static Stranger member(String clusterName, String... nodes) throws IOException {
    Config config = new Config();
    config.setClusterName(clusterName);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.socket.bind.any", "false");
    config.setProperty("hazelcast.logging.type", "jdk");
    // Its join can only fail; the default 5 s of waiting for others to answer first tells nothing.
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(LoopbackPort.free()).setPortAutoIncrement(false);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    for (String node : nodes) {
      join.getTcpIpConfig().addMember(node);
    }
    return new Stranger(Hazelcast.newHazelcastInstance(config));
  }

  /** How many members the stranger sees, itself included. */
  int members() {
    return member.getCluster().getMembers().size();
  }

  /** How many entries of the nodes' shared state it can read. */
  int sharedState() {
    return member.getMap(SHARED_STATE).size();
  }

  /** Everything it can try on the shared state: clear it, and hold locks for ever. */
  void clearAndLockEverything() {
    IMap<String, String> state = member.getMap(SHARED_STATE);
    state.clear();
    for (int i = 0; i < 100; i++) {
      state.lock("sign-in " + i);
    }
    member.getTopic("ptk-cluster").publish("forged evict " + java.util.UUID.randomUUID());
  }

  /** Whether a Hazelcast client with {@code clusterName} gets a connection to {@code node}. */
  static boolean clientConnects(String clusterName, String node) {
    ClientConfig config = new ClientConfig();
    config.setClusterName(clusterName);
    config.setProperty("hazelcast.logging.type", "jdk");
    config.getNetworkConfig().addAddress(node);
    config
        .getConnectionStrategyConfig()
        .getConnectionRetryConfig()
        .setClusterConnectTimeoutMillis(1_000);
    try {
      HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
      client.shutdown();
      return true;
    } catch (IllegalStateException refused) {
      return false;
    }
  }

  @Override
  public void close() {
    member.shutdown();
  }
}
