package dev.personaltokens.application.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Counts kept in this node's memory by key (an address, an account and address), bounded: {@link
 * #makeRoom} past the bound drops the entries that have expired and, if that is not enough, all of
 * them - a flood from that many keys resets the counts rather than filling the memory. Not
 * thread-safe: its owners synchronize.
 */
final class BoundedMap<V> {

  static final int MAX_KEYS = 100_000;

  private final int maxKeys;
  private final BiPredicate<V, Instant> expired;
  private final Map<String, V> entries = new HashMap<>();

  BoundedMap(BiPredicate<V, Instant> expired) {
    this(MAX_KEYS, expired);
  }

  BoundedMap(int maxKeys, BiPredicate<V, Instant> expired) {
    this.maxKeys = maxKeys;
    this.expired = expired;
  }

  V get(String key) {
    return entries.get(key);
  }

  void put(String key, V value) {
    entries.put(key, value);
  }

  void remove(String key) {
    entries.remove(key);
  }

  int size() {
    return entries.size();
  }

  /** Called before adding keys: keeps the map under its bound. */
  void makeRoom(Instant now) {
    if (entries.size() >= maxKeys) {
      entries.values().removeIf(value -> expired.test(value, now));
      if (entries.size() >= maxKeys) {
        entries.clear();
      }
    }
  }
}
