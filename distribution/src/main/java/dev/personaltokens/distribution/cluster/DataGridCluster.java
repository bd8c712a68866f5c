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
import java.time.Duration;
import java.time.Instant;
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
 *   <li>An eviction is published on one topic ({@code EVICT id origin evictions}); every other node
 *       drops it and answers on a second topic ({@code id node}). The sender waits for an answer
 *       from every node that caches and is still a member; one that leaves the grid (its heartbeat
 *       lost for {@code hazelcast.max.no.heartbeat.seconds}) is no longer waited for.
 *   <li>The nodes that cache are listed in a map, entered before a node trusts its cache and left
 *       when it stops; a member whose application is still deploying holds nothing to evict.
 *   <li>A member that leaves without saying goodbye ({@code BYE}, sent and answered like an
 *       eviction when a node stops) may be cut off rather than dead, and may revoke without
 *       reaching this node: from then on this node does not trust its cache, until a member at the
 *       same address is back.
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
  private final UUID self;
  private final ITopic<String> messages;
  private final ITopic<String> answers;
  private final IMap<String, String> cachingNodes;
  private final Map<String, Awaited> awaited = new ConcurrentHashMap<>();
  private final Set<UUID> saidGoodbye = ConcurrentHashMap.newKeySet();
  private final Set<String> lostAddresses = ConcurrentHashMap.newKeySet();
  private Node node;

  public DataGridCluster(HazelcastInstance grid) {
    this.grid = grid;
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
    cachingNodes.put(self.toString(), address(grid.getCluster().getLocalMember()));
    node.trust(lostAddresses.isEmpty());
  }

  @Override
  public void evictElsewhere(Set<Eviction> evictions) {
    broadcast("EVICT", evictions.stream().map(Eviction::toString).collect(Collectors.joining(",")));
  }

  /** Says goodbye, so that the others keep trusting their caches when this node stops. */
  public void leave() {
    try {
      cachingNodes.remove(self.toString());
      broadcast("BYE", "");
      LOG.info("Left the cluster: the other nodes keep trusting their caches");
    } catch (RuntimeException noAnswer) {
      LOG.warning(
          "Could not say goodbye to every node ("
              + noAnswer
              + "): they stop trusting their caches until this node is back");
    }
  }

  public int members() {
    return grid.getCluster().getMembers().size();
  }

  /** Sends {@code kind} to every other caching member and waits for each to answer or leave. */
  private void broadcast(String kind, String body) {
    Set<UUID> others = otherCachingMembers();
    if (others.isEmpty()) {
      return;
    }
    String id = UUID.randomUUID().toString();
    Awaited waiting = new Awaited(others);
    awaited.put(id, waiting);
    try {
      messages.publish(kind + " " + id + " " + self + " " + body);
      waiting.await(Instant.now().plus(ANSWER_LIMIT));
    } finally {
      awaited.remove(id);
    }
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
    String[] parts = message.split(" ", 4);
    UUID origin = UUID.fromString(parts[2]);
    if (origin.equals(self)) {
      return; // evicted here before it was sent
    }
    if (parts[0].equals("BYE")) {
      saidGoodbye.add(origin);
    } else {
      node.evict(
          java.util.Arrays.stream(parts[3].split(","))
              .map(Eviction::parse)
              .collect(Collectors.toSet()));
    }
    answers.publish(parts[1] + " " + self);
  }

  private void answered(String answer) {
    String[] parts = answer.split(" ", 2);
    Awaited waiting = awaited.get(parts[0]);
    if (waiting != null) {
      waiting.answeredBy(UUID.fromString(parts[1]));
    }
  }

  private static String address(Member member) {
    return member.getSocketAddress().toString();
  }

  /** Who must still answer one broadcast: fewer as they answer or leave the grid. */
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
          LOG.severe(
              "Cache eviction: no answer within " + ANSWER_LIMIT + " from members " + pending);
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
      if (lostAddresses.remove(address(event.getMember())) && lostAddresses.isEmpty()) {
        LOG.info("Cluster whole again: this node trusts its cache anew");
        node.trust(true);
      }
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
      Member gone = event.getMember();
      awaited.values().forEach(Awaited::memberLeft);
      if (!saidGoodbye.remove(gone.getUuid())) {
        lostAddresses.add(address(gone));
        LOG.warning(
            "Lost contact with the cluster member at "
                + address(gone)
                + ": this node does not trust its cache until it is back");
        node.trust(false);
      }
    }
  }
}
