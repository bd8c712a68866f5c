package dev.personaltokens.server;

import com.hazelcast.core.HazelcastInstance;
import dev.personaltokens.adapter.out.cluster.DataGridCluster;
import dev.personaltokens.adapter.out.cluster.DataGridState;
import dev.personaltokens.application.node.LocalSharedState;
import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.node.PendingUsage;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.SharedState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * This node's cache of verified tokens and the cluster that keeps it honest, and the state the
 * nodes share: Payara's data grid when PTK_CLUSTER_MEMBERS names the members (the launcher
 * configures the grid from the same settings), this node alone otherwise. The cache's figures go to
 * {@code /metrics}.
 */
@ApplicationScoped
public class ClusterProducers {

  /** Where Payara Micro binds its Hazelcast instance. */
  static final String DATA_GRID = "payara/Hazelcast";

  @Inject Settings settings;
  @Inject MetricRegistry registry;
  @Inject Clock clock;

  @Produces
  @Singleton
  Cluster cluster() {
    Cluster cluster =
        settings.clustered()
            ? new DataGridCluster(
                grid(), settings.clusterMembers(), settings.clusterName(), settings.clusterSecret())
            : Cluster.ALONE;
    registry.gauge("ptk_cluster_members", cluster, Cluster::members);
    return cluster;
  }

  /** The throttles' state: in the data grid on a cluster, so that every node counts alike. */
  @Produces
  @Singleton
  SharedState sharedState() {
    return settings.clustered()
        ? new DataGridState(grid(), settings.clusterSecret())
        : new LocalSharedState(clock);
  }

  /** Stops the lease's renewals with the application. */
  void close(@Disposes Cluster cluster) {
    if (cluster instanceof DataGridCluster grid) {
      grid.close();
    }
  }

  private static HazelcastInstance grid() {
    try {
      return InitialContext.doLookup(DATA_GRID);
    } catch (NamingException | ClassCastException e) {
      throw new IllegalStateException(
          "PTK_CLUSTER_MEMBERS is set but Payara's data grid is not running", e);
    }
  }

  /** The uses of tokens this node has noted and not yet written. */
  @Produces
  @Singleton
  PendingUsage pendingUsage() {
    return new PendingUsage();
  }

  @Produces
  @Singleton
  NodeCache nodeCache() {
    NodeCache cache = new NodeCache();
    registry.gauge("ptk_node_cache_hits", cache, NodeCache::hits);
    registry.gauge("ptk_node_cache_misses", cache, NodeCache::misses);
    registry.gauge("ptk_node_cache_evictions", cache, NodeCache::evictions);
    registry.gauge("ptk_node_cache_size", cache, NodeCache::size);
    registry.gauge("ptk_node_cache_trusted", cache, node -> node.trusted() ? 1 : 0);
    return cache;
  }
}
