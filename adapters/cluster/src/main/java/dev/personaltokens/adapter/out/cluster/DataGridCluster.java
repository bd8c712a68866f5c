package dev.personaltokens.adapter.out.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import dev.personaltokens.application.port.in.UnavailableException;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.Eviction;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The cluster on Payara's data grid (Hazelcast), which can't tell a stranger from a node: every
 * message is signed with the cluster's secret ({@link ClusterSecret}), and one that isn't is
 * dropped. Only text travels, on one topic, so that the grid needs no class of ours.
 *
 * <p><b>Trust is a lease.</b> A node may answer from its cache only while it holds a lease from
 * every other listed member (PTK_CLUSTER_MEMBERS): every {@link #RENEW_EVERY} it asks for one
 * ({@code renew}), each other node grants it ({@code grant}) and notes when, and the lease runs
 * {@link #LEASE} from the moment the request was <em>sent</em>, on this node's monotonic clock. A
 * node that was paused (GC, SIGSTOP), cut off, or whose peers are gone finds its lease run out and
 * empties its cache before it serves again ({@code NodeCache}); a node that is missing a listed
 * member gets no lease at all.
 *
 * <p><b>An eviction waits for every lease it granted.</b> It is published ({@code evict}); every
 * node drops it and answers ({@code evicted}). The revoking node waits for an answer from each node
 * it granted a lease to within {@link #LEASE} - or until that grant plus {@link #LEASE} and a
 * margin has passed, when that node's lease, counted from a request it sent before the grant, has
 * surely run out. Never on the grid's word that a member left: a member can be dropped from the
 * view while it still runs. So a revoke waits at most {@link #LEASE} and the margin for a node that
 * went silent, and a stranger who got into the grid can't make it wait at all.
 */
public final class DataGridCluster implements Cluster, AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DataGridCluster.class.getName());
  private static final String TOPIC = "ptk-cluster";

  static final Duration RENEW_EVERY = Duration.ofSeconds(1);
  static final Duration LEASE = Duration.ofSeconds(4);

  /** Covers the message's way and two clocks that run at slightly different rates. */
  static final Duration MARGIN = Duration.ofMillis(500);

  /** Renewals whose grants still count: those sent within a lease. */
  private static final int RENEWALS_KEPT = (int) (LEASE.toMillis() / RENEW_EVERY.toMillis()) + 2;

  private final HazelcastInstance grid;
  private final ClusterSecret secret;
  private final Set<InetSocketAddress> others;
  private final String self = UUID.randomUUID().toString();
  private final String selfAddress;
  private final ITopic<String> topic;
  private final ScheduledExecutorService renewals =
      Executors.newSingleThreadScheduledExecutor(
          work -> {
            Thread thread = new Thread(work, "ptk-cluster-lease");
            thread.setDaemon(true);
            return thread;
          });

  /** This node's renewals: nonce -> when it was sent (nanoTime). */
  private final Map<String, Long> sent =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > RENEWALS_KEPT;
        }
      };

  /** Until when (nanoTime) each other listed member's newest grant holds. */
  private final Map<InetSocketAddress, Long> grantsHeld = new HashMap<>();

  /** When (nanoTime) this node last granted each node a lease; guarded by itself. */
  private final Map<String, Long> granted = new HashMap<>();

  private final Map<String, Awaited> awaited = new ConcurrentHashMap<>();
  private volatile long leaseEnd = System.nanoTime();
  private volatile boolean leased;
  private UUID listener;
  private Node node;

  /** On {@code grid}, whose members must be {@code listedMembers} (PTK_CLUSTER_MEMBERS). */
  public DataGridCluster(
      HazelcastInstance grid,
      Set<InetSocketAddress> listedMembers,
      String clusterName,
      ClusterSecret secret) {
    if (!grid.getConfig().getClusterName().equals(secret.clusterName(clusterName))) {
      throw new IllegalStateException(
          "The data grid's cluster name is not the one PTK_CLUSTER_SECRET gives: start the node"
              + " with ./run (it writes the grid's file), or give Payara's data grid that name");
    }
    this.grid = grid;
    this.secret = secret;
    InetSocketAddress local = grid.getCluster().getLocalMember().getSocketAddress();
    this.selfAddress = text(local);
    this.others = new HashSet<>(listedMembers);
    this.others.remove(local);
    this.topic = grid.getTopic(TOPIC);
  }

  @Override
  public void join(Node node) {
    this.node = node;
    listener = topic.addMessageListener(message -> received(message.getMessageObject()));
    renewals.scheduleWithFixedDelay(this::renew, 0, RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public boolean leaseHeld() {
    return leased && System.nanoTime() - leaseEnd < 0;
  }

  @Override
  public void evictElsewhere(Set<Eviction> evictions) {
    String id = UUID.randomUUID().toString();
    Awaited waiting;
    // Under the grants' lock: a node granted after this point gets its grant after this eviction
    // (the topic keeps one sender's order), so it can't trust its cache before dropping these.
    synchronized (granted) {
      long now = System.nanoTime();
      Map<String, Long> deadlines = new HashMap<>();
      granted.forEach(
          (other, at) -> {
            long end = at + LEASE.toNanos() + MARGIN.toNanos();
            if (end - now > 0) {
              deadlines.put(other, end);
            }
          });
      if (deadlines.isEmpty()) {
        return;
      }
      waiting = new Awaited(deadlines);
      awaited.put(id, waiting);
      publish(
          "evict",
          id,
          "-",
          evictions.stream().map(Eviction::toString).collect(Collectors.joining(",")));
    }
    try {
      waiting.await();
    } finally {
      awaited.remove(id);
    }
  }

  @Override
  public int members() {
    return grid.getCluster().getMembers().size();
  }

  @Override
  public void close() {
    renewals.shutdownNow();
    if (listener != null) {
      topic.removeMessageListener(listener);
    }
  }

  /** Asks every other node for a lease; notes when this lease ran out, if it did. */
  private void renew() {
    try {
      if (!leaseHeld()) {
        lapsed();
      }
      String nonce = UUID.randomUUID().toString();
      synchronized (sent) {
        sent.put(nonce, System.nanoTime());
      }
      publish("renew", nonce, "-", "-");
      if (others.isEmpty()) {
        granted(nonce, null);
      }
    } catch (RuntimeException e) {
      // The grid stopping, or a hiccup: the lease simply runs out; try again next time.
      LOG.log(Level.FINE, "Lease renewal failed", e);
    }
  }

  /** The lease ran out (or never began): nothing this node holds may be trusted any more. */
  private void lapsed() {
    if (leased) {
      leased = false;
      LOG.warning(
          "This node's lease ran out (a listed member is missing, or this node was paused or cut"
              + " off): it reads the database until every member grants one again");
    }
    node.trust(false);
  }

  private void publish(String kind, String id, String to, String payload) {
    String message = kind + " " + id + " " + self + " " + selfAddress + " " + to + " " + payload;
    topic.publish(secret.sign(message) + " " + message);
  }

  private void received(String signed) {
    int space = signed.indexOf(' ');
    String message = space < 0 ? "" : signed.substring(space + 1);
    if (space < 0 || !secret.verifies(message, signed.substring(0, space))) {
      LOG.log(Level.WARNING, "Dropped a data grid message that isn't signed by a node of ours");
      return;
    }
    // kind id from fromAddress to payload
    String[] part = message.split(" ", 6);
    if (part.length < 6 || part[2].equals(self)) {
      return;
    }
    switch (part[0]) {
      case "renew" -> grant(part[1], part[2]);
      case "grant" -> {
        if (part[4].equals(self)) {
          granted(part[1], address(part[3]));
        }
      }
      case "evict" -> {
        node.evict(
            Arrays.stream(part[5].split(",")).map(Eviction::parse).collect(Collectors.toSet()));
        publish("evicted", part[1], part[2], "-");
      }
      case "evicted" -> {
        Awaited waiting = awaited.get(part[1]);
        if (waiting != null && part[4].equals(self)) {
          waiting.answeredBy(part[2]);
        }
      }
      default -> LOG.fine("Unknown data grid message " + part[0]);
    }
  }

  private void grant(String nonce, String to) {
    synchronized (granted) {
      granted.put(to, System.nanoTime());
      publish("grant", nonce, to, "-");
    }
  }

  /** A grant for this node's renewal {@code nonce} from the member at {@code from}. */
  private void granted(String nonce, InetSocketAddress from) {
    Long sentAt;
    synchronized (sent) {
      sentAt = sent.get(nonce);
    }
    if (sentAt == null || (from != null && !others.contains(from))) {
      return; // too old to count, or from no listed member
    }
    long end = sentAt + LEASE.toNanos();
    boolean whole;
    long earliest = end;
    synchronized (grantsHeld) {
      if (from != null) {
        grantsHeld.merge(from, end, (known, newer) -> newer - known > 0 ? newer : known);
      }
      whole = grantsHeld.keySet().containsAll(others);
      for (InetSocketAddress other : others) {
        Long held = grantsHeld.get(other);
        if (held != null && held - earliest < 0) {
          earliest = held;
        }
      }
    }
    if (whole && earliest - System.nanoTime() > 0) {
      leaseEnd = earliest;
      if (!leased) {
        LOG.info("Every cluster member granted this node a lease: it trusts its cache");
      }
      leased = true;
      node.trust(true);
    }
  }

  private static String text(InetSocketAddress address) {
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** The address a signed message names; only a literal, so nothing is looked up. */
  private static InetSocketAddress address(String text) {
    int colon = text.lastIndexOf(':');
    try {
      return new InetSocketAddress(
          InetAddress.getByName(text.substring(0, colon)),
          Integer.parseInt(text.substring(colon + 1)));
    } catch (UnknownHostException | RuntimeException e) {
      throw new IllegalArgumentException("not a member's address: " + text, e);
    }
  }

  /** Who must still answer one eviction, each until its lease from here has surely run out. */
  private static final class Awaited {

    private final Map<String, Long> pending;

    Awaited(Map<String, Long> deadlines) {
      this.pending = new HashMap<>(deadlines);
    }

    synchronized void answeredBy(String node) {
      pending.remove(node);
      notifyAll();
    }

    synchronized void await() {
      while (true) {
        long now = System.nanoTime();
        pending.values().removeIf(deadline -> deadline - now <= 0);
        if (pending.isEmpty()) {
          return;
        }
        long left = pending.values().stream().mapToLong(deadline -> deadline - now).min().orElse(0);
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          // Committed, but not yet safe to answer as done: the client may try again.
          Thread.currentThread().interrupt();
          throw new UnavailableException();
        }
      }
    }
  }
}
