package dev.personaltokens.application.service;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * What a node keeps in memory by key (a throttle's counts, the node cache's tokens), bounded:
 * {@link #makeRoom} past the bound drops the entries that have expired and, if that is not enough,
 * all of them - a flood from that many keys starts the map afresh rather than filling the memory.
 * Reads may come from any thread; its owners synchronize the writes.
 */
final class BoundedMap<K, V> {

  static final int MAX_KEYS = 100_000;

  private final int maxKeys;
  private final BiPredicate<V, Instant> expired;
  private final Map<K, V> entries = new ConcurrentHashMap<>();

  BoundedMap(BiPredicate<V, Instant> expired) {
    this(MAX_KEYS, expired);
  }

  BoundedMap(int maxKeys, BiPredicate<V, Instant> expired) {
    this.maxKeys = maxKeys;
    this.expired = expired;
  }

  V get(K key) {
    return entries.get(key);
  }

  void put(K key, V value) {
    entries.put(key, value);
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
    entries.values().removeIf(stale);
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
    return entries.size() < maxKeys ? dropped : dropped + clear();
  }
}
