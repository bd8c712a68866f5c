package dev.personaltokens.server;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.port.out.Cluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The cluster as this node sees it, in {@code /health/ready}: how many members, and whether the
 * node trusts its cache. Always up: a node that lost contact still answers correctly, from the
 * database.
 */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

  @Inject Cluster cluster;
  @Inject NodeCache cache;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("cluster")
        .up()
        .withData("members", cluster.members())
        .withData(
            "cache",
            cache.trusted()
                ? "trusted"
                : "bypassed: no lease from every cluster member (one is missing or unreachable)")
        .build();
  }
}
