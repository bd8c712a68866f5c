package dev.personaltokens.adapter.out.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.personaltokens.application.port.in.UnavailableException;
import dev.personaltokens.application.port.out.SharedState;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The state every node shares, in one map of the data grid, text by key. Keys are kept hidden
 * ({@link ClusterSecret#hide}): they name accounts and client addresses, which nothing in the grid
 * needs to read. An update holds the key's lock of the grid: it waits for it a bounded time and
 * holds it leased, so that neither a node that dies holding it nor anyone holding it for ever can
 * block the others.
 */
public final class DataGridState implements SharedState {

  private static final long LOCK_WAIT_MILLIS = 2_000;
  private static final long LOCK_LEASE_MILLIS = 5_000;

  private final IMap<String, String> entries;
  private final ClusterSecret secret;

  public DataGridState(HazelcastInstance grid, ClusterSecret secret) {
    this.entries = grid.getMap("ptk-shared-state");
    this.secret = secret;
  }

  @Override
  public String update(String key, Duration ttl, UnaryOperator<String> update) {
    String hidden = secret.hide(key);
    boolean locked;
    try {
      locked =
          entries.tryLock(
              hidden,
              LOCK_WAIT_MILLIS,
              TimeUnit.MILLISECONDS,
              LOCK_LEASE_MILLIS,
              TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      locked = false;
    }
    if (!locked) {
      throw new UnavailableException();
    }
    try {
      String updated = update.apply(entries.get(hidden));
      if (updated == null) {
        entries.delete(hidden);
      } else {
        entries.set(hidden, updated, ttl.toMillis(), TimeUnit.MILLISECONDS);
      }
      return updated;
    } finally {
      try {
        entries.unlock(hidden);
      } catch (IllegalMonitorStateException leaseRanOut) {
        // held past its lease (a long pause): the grid freed it already
      }
    }
  }

  @Override
  public String get(String key) {
    return entries.get(secret.hide(key));
  }
}
