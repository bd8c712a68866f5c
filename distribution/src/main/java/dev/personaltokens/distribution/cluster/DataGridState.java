package dev.personaltokens.distribution.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.personaltokens.application.port.out.SharedState;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The state every node shares, in one map of the data grid, text by key. An update holds the key's
 * lock of the grid, leased for a few seconds so that a node that dies holding it blocks nobody.
 */
public final class DataGridState implements SharedState {

  private static final long LOCK_LEASE_SECONDS = 5;

  private final IMap<String, String> entries;

  public DataGridState(HazelcastInstance grid) {
    this.entries = grid.getMap("ptk-shared-state");
  }

  @Override
  public String update(String key, Duration ttl, UnaryOperator<String> update) {
    entries.lock(key, LOCK_LEASE_SECONDS, TimeUnit.SECONDS);
    try {
      String updated = update.apply(entries.get(key));
      if (updated == null) {
        entries.delete(key);
      } else {
        entries.set(key, updated, ttl.toMillis(), TimeUnit.MILLISECONDS);
      }
      return updated;
    } finally {
      entries.unlock(key);
    }
  }

  @Override
  public String get(String key) {
    return entries.get(key);
  }
}
