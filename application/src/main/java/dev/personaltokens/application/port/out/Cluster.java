package dev.personaltokens.application.port.out;

import java.util.Set;

/**
 * The other nodes serving the same database: where a node's cache evictions must reach before the
 * change that made them is answered.
 */
public interface Cluster {

  /** A node alone: nothing to reach, and nothing that can make it lose contact. */
  Cluster ALONE =
      new Cluster() {
        @Override
        public void join(Node node) {
          node.trust(true);
        }

        @Override
        public void evictElsewhere(Set<Eviction> evictions) {
          // no other node
        }

        @Override
        public boolean leaseHeld() {
          return true;
        }

        @Override
        public int members() {
          return 1;
        }
      };

  /** What the cluster tells this node's cache. */
  interface Node {

    /** Another node changed these credentials: drop them here. */
    void evict(Set<Eviction> evictions);

    /**
     * Whether this node may trust what it holds: not while it may have missed an eviction, that is
     * while it holds no lease ({@link #leaseHeld}); losing trust empties what it holds.
     */
    void trust(boolean trusted);

    boolean trusted();
  }

  /** Starts telling {@code node} what the other nodes evict and whether it may trust its cache. */
  void join(Node node);

  /**
   * Whether this node holds a lease from the cluster right now: only then may it answer from its
   * cache. Asked at every use, since a node that was paused can't have been told it lapsed.
   */
  boolean leaseHeld();

  /**
   * Returns once every other node that may trust its cache has dropped these, or can no longer
   * trust it (its lease ran out).
   */
  void evictElsewhere(Set<Eviction> evictions);

  /** How many nodes there are, as this node sees them; itself included. */
  int members();
}
