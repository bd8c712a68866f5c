package dev.personaltokens.application.port.out;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Small state every node must agree on - the sign-in throttle's failures, the hourly budget of leak
 * reports - as text by key, each entry kept for a while after its last change: on a cluster in its
 * data grid, so that a budget holds however a load balancer spreads the attempts.
 */
public interface SharedState {

  /**
   * Atomically, against every node: the text under {@code key} becomes {@code update} of what it
   * was (null when none); null removes it. Kept for {@code ttl} after this change.
   *
   * @return the text now under the key
   */
  String update(String key, Duration ttl, UnaryOperator<String> update);

  /** The text under {@code key}, or null. */
  String get(String key);
}
