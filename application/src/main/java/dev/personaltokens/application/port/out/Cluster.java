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
     * while a member of the cluster is missing from its view.
     */
    void trust(boolean trusted);

    boolean trusted();
  }

  /** Starts telling {@code node} what the other nodes evict and whether it may trust its cache. */
  void join(Node node);

  /**
   * Returns once every other live node has dropped these, or has been declared gone; throws {@code
   * UnavailableException} if one neither answers nor leaves in time.
   */
  void evictElsewhere(Set<Eviction> evictions);

  /** How many nodes there are, as this node sees them; itself included. */
  int members();
}
