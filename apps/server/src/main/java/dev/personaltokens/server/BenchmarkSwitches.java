package dev.personaltokens.server;

import dev.personaltokens.adapter.in.rest.BenchmarkMode;
import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.node.PendingUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The benchmark's switches, on this node's cache and usage notes. The cache is switched off the way
 * a node that lost contact stops trusting it: nothing answered from it, nothing filled.
 */
@ApplicationScoped
public class BenchmarkSwitches implements BenchmarkMode {

  @Inject Settings settings;
  @Inject NodeCache cache;
  @Inject PendingUsage usage;

  @Override
  public boolean enabled() {
    return settings.benchmark();
  }

  @Override
  public void nodeCache(boolean on) {
    cache.trust(on);
  }

  @Override
  public void lastUsedTracking(boolean on) {
    usage.track(on);
  }
}
