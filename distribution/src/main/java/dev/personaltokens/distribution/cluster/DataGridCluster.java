package dev.personaltokens.distribution.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import dev.personaltokens.application.port.in.UnavailableException;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.Eviction;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The cluster on Payara's data grid (Hazelcast). Only text travels, so that the grid needs no class
 * of ours:
 *
 * <ul>
 *   <li>An eviction is published on one topic ({@code id origin evictions}); every other node drops
 *       it and answers on a second topic ({@code id node}). The sender waits for an answer from
 *       every node that caches and is still a member; one that leaves the grid (its heartbeat lost
 *       for {@code hazelcast.max.no.heartbeat.seconds}) is no longer waited for.
 *   <li>The nodes that cache are listed in a map, entered before a node trusts its cache; a member
 *       whose application is still deploying holds nothing to evict and is not waited for.
 *   <li>A node trusts its cache only while every member of PTK_CLUSTER_MEMBERS is in its view of
 *       the grid. A member missing may be dead, or cut off and revoking without reaching this node
 *       - or this node may have started a grid of its own, apart: it can't tell, so it reads the
 *       database until they are all there.
 * </ul>
 */
public final class DataGridCluster implements Cluster {

  private static final Logger LOG = Logger.getLogger(DataGridCluster.class.getName());
  private static final String MESSAGES = "ptk-cache-evictions";
  private static final String ANSWERS = "ptk-cache-answers";
  private static final String CACHING_NODES = "ptk-caching-nodes";

  /** Longer than the grid takes to declare a silent member gone; then the call answers 503. */
  static final Duration ANSWER_LIMIT = Duration.ofSeconds(20);

  private final HazelcastInstance grid;
  private final Set<InetSocketAddress> listedMembers;
  private final UUID self;
  private final ITopic<String> messages;
  private final ITopic<String> answers;
  private final IMap<String, String> cachingNodes;
  private final Map<String, Awaited> awaited = new ConcurrentHashMap<>();
  private Node node;

  /** On {@code grid}, whose members must be {@code listedMembers} (PTK_CLUSTER_MEMBERS). */
  public DataGridCluster(HazelcastInstance grid, Set<InetSocketAddress> listedMembers) {
    this.grid = grid;
    this.listedMembers = Set.copyOf(listedMembers);
    this.self = grid.getCluster().getLocalMember().getUuid();
    this.messages = grid.getTopic(MESSAGES);
    this.answers = grid.getTopic(ANSWERS);
    this.cachingNodes = grid.getMap(CACHING_NODES);
  }

  @Override
  public void join(Node node) {
    this.node = node;
    answers.addMessageListener(message -> answered(message.getMessageObject()));
    messages.addMessageListener(message -> received(message.getMessageObject()));
    grid.getCluster().addMembershipListener(new Membership());
    cachingNodes.put(
        self.toString(), grid.getCluster().getLocalMember().getSocketAddress().toString());
    judgeTrust();
  }

  @Override
  public void evictElsewhere(Set<Eviction> evictions) {
    Set<UUID> others = otherCachingMembers();
    if (others.isEmpty()) {
      return;
    }
    String id = UUID.randomUUID().toString();
    Awaited waiting = new Awaited(others);
    awaited.put(id, waiting);
    try {
      messages.publish(
          id
              + " "
              + self
              + " "
              + evictions.stream().map(Eviction::toString).collect(Collectors.joining(",")));
      waiting.await(Instant.now().plus(ANSWER_LIMIT));
    } finally {
      awaited.remove(id);
    }
  }

  @Override
  public int members() {
    return grid.getCluster().getMembers().size();
  }

  private Set<UUID> otherCachingMembers() {
    Set<String> caching = cachingNodes.keySet();
    Set<UUID> others = new HashSet<>();
    for (Member member : grid.getCluster().getMembers()) {
      if (!member.getUuid().equals(self) && caching.contains(member.getUuid().toString())) {
        others.add(member.getUuid());
      }
    }
    return others;
  }

  private void received(String message) {
    String[] parts = message.split(" ", 3);
    if (UUID.fromString(parts[1]).equals(self)) {
      return; // evicted here before it was sent
    }
    node.evict(Arrays.stream(parts[2].split(",")).map(Eviction::parse).collect(Collectors.toSet()));
    answers.publish(parts[0] + " " + self);
  }

  private void answered(String answer) {
    String[] parts = answer.split(" ", 2);
    Awaited waiting = awaited.get(parts[0]);
    if (waiting != null) {
      waiting.answeredBy(UUID.fromString(parts[1]));
    }
  }

  /** Trusts the cache while every listed member is in this node's view, and only then. */
  private synchronized void judgeTrust() {
    Set<InetSocketAddress> present =
        grid.getCluster().getMembers().stream()
            .map(Member::getSocketAddress)
            .collect(Collectors.toSet());
    Set<InetSocketAddress> missing = new HashSet<>(listedMembers);
    missing.removeAll(present);
    boolean whole = missing.isEmpty();
    if (whole != node.trusted()) {
      if (whole) {
        LOG.info("Every cluster member is here: this node trusts its cache");
      } else {
        LOG.warning(
            "Cluster members missing "
                + missing
                + ": this node does not trust its cache until they are back");
      }
    }
    node.trust(whole);
  }

  /** Who must still answer one eviction: fewer as they answer or leave the grid. */
  private final class Awaited {

    private final Set<UUID> pending;

    Awaited(Set<UUID> pending) {
      this.pending = new HashSet<>(pending);
    }

    synchronized void answeredBy(UUID member) {
      pending.remove(member);
      notifyAll();
    }

    synchronized void await(Instant deadline) {
      while (true) {
        Set<UUID> present =
            grid.getCluster().getMembers().stream()
                .map(Member::getUuid)
                .collect(Collectors.toSet());
        pending.retainAll(present);
        if (pending.isEmpty()) {
          return;
        }
        long left = Duration.between(Instant.now(), deadline).toMillis();
        if (left <= 0) {
          LOG.severe("Cache eviction: no answer within " + ANSWER_LIMIT + " from " + pending);
          throw new UnavailableException();
        }
        try {
          wait(Math.min(left, 100)); // also woken when a member leaves
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new UnavailableException();
        }
      }
    }

    synchronized void memberLeft() {
      notifyAll();
    }
  }

  private final class Membership implements MembershipListener {

    @Override
    public void memberAdded(MembershipEvent event) {
      judgeTrust();
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
      awaited.values().forEach(Awaited::memberLeft);
      judgeTrust();
    }
  }
}
