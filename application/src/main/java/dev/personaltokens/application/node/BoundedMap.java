package dev.personaltokens.application.node;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * What a node keeps in memory by key (a throttle's counts, the node cache's tokens), bounded:
 * {@link #makeRoom} past the bound drops the entries that have expired and, if that is not enough,
 * the oldest written tenth - a flood from that many keys pushes out what it must, never what was
 * counted last (a throttle that forgot everything at once would let a guesser start afresh by
 * flooding it). Reads may come from any thread; its owners synchronize the writes.
 */
final class BoundedMap<K, V> {

  static final int MAX_KEYS = 100_000;

  /** A value and when it was written, in the order of writes. */
  private record Slot<V>(V value, long written) {}

  private final int maxKeys;
  private final BiPredicate<V, Instant> expired;
  private final Map<K, Slot<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong writes = new AtomicLong();

  BoundedMap(BiPredicate<V, Instant> expired) {
    this(MAX_KEYS, expired);
  }

  BoundedMap(int maxKeys, BiPredicate<V, Instant> expired) {
    this.maxKeys = maxKeys;
    this.expired = expired;
  }

  V get(K key) {
    Slot<V> slot = entries.get(key);
    return slot == null ? null : slot.value();
  }

  void put(K key, V value) {
    entries.put(key, new Slot<>(value, writes.incrementAndGet()));
  }

  void remove(K key) {
    entries.remove(key);
  }

  int size() {
    return entries.size();
  }

  /** Removes the entries {@code stale} holds for; returns how many. */
  int removeIf(Predicate<V> stale) {
    int before = entries.size();
    entries.values().removeIf(slot -> stale.test(slot.value()));
    return before - entries.size();
  }

  /** Removes the entries whose keys {@code stale} holds for; returns how many. */
  int removeKeys(Predicate<K> stale) {
    int before = entries.size();
    entries.keySet().removeIf(stale);
    return before - entries.size();
  }

  /** Removes every entry; returns how many there were. */
  int clear() {
    int before = entries.size();
    entries.clear();
    return before;
  }

  /** Called before adding keys: keeps the map under its bound; returns how many it dropped. */
  int makeRoom(Instant now) {
    if (entries.size() < maxKeys) {
      return 0;
    }
    int dropped = removeIf(value -> expired.test(value, now));
    return entries.size() < maxKeys ? dropped : dropped + dropOldest();
  }

  /** Drops the oldest written tenth (at least one): rare, so a sort of the write marks will do. */
  private int dropOldest() {
    long[] written = entries.values().stream().mapToLong(Slot::written).toArray();
    if (written.length == 0) {
      return 0;
    }
    Arrays.sort(written);
    long newestDropped = written[Math.max(0, written.length / 10 - 1)];
    int before = entries.size();
    entries.values().removeIf(slot -> slot.written() <= newestDropped);
    return before - entries.size();
  }
}
