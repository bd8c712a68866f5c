package dev.personaltokens.application.node;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.Eviction;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The personal tokens this node has verified lately, by digest, so that a request needs no database
 * read - and the one way they stop being trusted. Why a revocation can't get past it:
 *
 * <ol>
 *   <li>Every write that can end a token goes through {@link EvictingPersonalTokens}, which notes
 *       what it made stale in the current use case call. The compiler makes each new write method
 *       of the port decide.
 *   <li>Every use case call is wrapped, outside its transaction, by {@link #begin} and {@link #end}
 *       ({@code UseCases.wire}): after the call - after the commit - it drops what was noted here
 *       and has {@link Cluster#evictElsewhere} drop it on every other live node, and only then
 *       returns. So the answer of a revoking call leaves no node holding the token.
 *   <li>A read that started before an eviction never fills the cache after it: {@link #begin} notes
 *       the eviction count (the epoch) when the call begins, before its transaction reads anything,
 *       and a fill happens only if no eviction came since (checked and done under one lock).
 *   <li>While the cluster says this node may have missed an eviction ({@link #trust}), it neither
 *       answers from nor fills the cache, and it empties it.
 *   <li>Expiry needs no event: the caller judges the token's expiry at every use; a cached token is
 *       the row as it was read, and its expiry never changes.
 *   <li>The instance's policy, which judges every token at every use, is held the same way: its one
 *       write ({@link EvictingInstancePolicies}) evicts it everywhere before the change is
 *       answered, and a read that began before an eviction never fills it.
 *   <li>So are the accounts - their rows and whether their two-factor sign-in is on - which who am
 *       I, verification's email and every session's first step read: every write of either store
 *       goes through {@link EvictingAccounts} or {@link EvictingTwoFactors}. The one write from
 *       outside the cluster, the operator's password reset ({@code ptk admin}), ends the account's
 *       sessions: a session reads its account again if what this node holds was read before the
 *       session began ({@link #account}'s {@code readSince}).
 * </ol>
 *
 * Bounded in size ({@link #MAX_ENTRIES}) and age ({@link #MAX_AGE}) so that it can't grow without
 * bound nor keep a token forever if something above were ever wrong. Holds only digests and rows,
 * never a secret. Sessions and service clients are not cached: {@code ptk admin} ends them
 * (password reset, service removal) from outside the cluster, where no eviction could come from.
 */
public final class NodeCache implements Cluster.Node {

  static final int MAX_ENTRIES = 100_000;
  static final Duration MAX_AGE = Duration.ofMinutes(10);

  /** What this node read, and when. */
  private record Held<V>(V value, Instant loaded) {

    boolean isTooOldAt(Instant now) {
      return !loaded.plus(MAX_AGE).isAfter(now);
    }
  }

  /** One use case call: the epoch at its start and what its writes made stale. */
  public static final class Call {

    private final long epoch;
    private final Call outer;
    private Set<Eviction> stale = Set.of(); // most calls change no token

    private Call(long epoch, Call outer) {
      this.epoch = epoch;
      this.outer = outer;
    }
  }

  private final ThreadLocal<Call> current = new ThreadLocal<>();

  /** By digest; written under {@link #lock}, as are the maps below. */
  private final BoundedMap<String, Held<PersonalToken>> tokens;

  /** The accounts' rows, by id. */
  private final BoundedMap<AccountId, Held<Account>> accounts;

  /** Whether each account's two-factor sign-in is on, by id. */
  private final BoundedMap<AccountId, Held<Boolean>> twoFactors;

  /** The instance's policy; null while this node holds none. Written under {@link #lock}. */
  private volatile InstancePolicy policy;

  private final Object lock = new Object();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder evicted = new LongAdder();
  private volatile long epoch;
  private volatile boolean trusted;
  private volatile Cluster cluster = Cluster.ALONE;

  public NodeCache() {
    this(MAX_ENTRIES);
  }

  NodeCache(int maxEntries) {
    this.tokens = new BoundedMap<>(maxEntries, Held::isTooOldAt);
    this.accounts = new BoundedMap<>(maxEntries, Held::isTooOldAt);
    this.twoFactors = new BoundedMap<>(maxEntries, Held::isTooOldAt);
  }

  /**
   * The token with this digest, from the cache or else from {@code load} (which throws when there
   * is none), at {@code now}.
   */
  public PersonalToken token(TokenDigest digest, Instant now, Supplier<PersonalToken> load) {
    Held<PersonalToken> held = usable() ? tokens.get(digest.hex()) : null;
    if (held != null && !held.isTooOldAt(now) && held.value().digest().matches(digest)) {
      hits.increment();
      return held.value();
    }
    misses.increment();
    return fill(tokens, digest.hex(), now, load);
  }

  /**
   * The account with this id, held or else from {@code load} (which throws when there is none), at
   * {@code now}; what was read before {@code readSince} is read again.
   */
  public Account account(AccountId id, Instant now, Instant readSince, Supplier<Account> load) {
    Held<Account> held = usable() ? accounts.get(id) : null;
    if (held != null && !held.isTooOldAt(now) && !held.loaded().isBefore(readSince)) {
      return held.value();
    }
    return fill(accounts, id, now, load);
  }

  /** Whether the account's two-factor sign-in is on, held or else from {@code load}. */
  public boolean twoFactorOn(AccountId id, Instant now, Supplier<Boolean> load) {
    Held<Boolean> held = usable() ? twoFactors.get(id) : null;
    if (held != null && !held.isTooOldAt(now)) {
      return held.value();
    }
    return fill(twoFactors, id, now, load);
  }

  /** Reads with {@code load} and holds it, unless an eviction came since the call began. */
  private <K, V> V fill(BoundedMap<K, Held<V>> map, K key, Instant now, Supplier<V> load) {
    Call call = current.get();
    long start = call == null ? epoch : call.epoch;
    V loaded = load.get();
    synchronized (lock) {
      if (trusted && epoch == start && cluster.leaseHeld()) {
        evicted.add(map.makeRoom(now));
        map.put(key, new Held<>(loaded, now));
      }
    }
    return loaded;
  }

  /** The instance's policy, held or else from {@code load}: every request reads it. */
  public InstancePolicy policy(Supplier<InstancePolicy> load) {
    InstancePolicy held = usable() ? policy : null;
    if (held != null) {
      return held;
    }
    Call call = current.get();
    long start = call == null ? epoch : call.epoch;
    InstancePolicy loaded = load.get();
    synchronized (lock) {
      if (trusted && epoch == start && cluster.leaseHeld()) {
        policy = loaded;
      }
    }
    return loaded;
  }

  /** {@code store} as the use cases must see it: its writes tell this cache what went stale. */
  public PersonalTokens evicting(PersonalTokens store) {
    return new EvictingPersonalTokens(store, this);
  }

  /** The same for the policy's store. */
  public InstancePolicies evicting(InstancePolicies store) {
    return new EvictingInstancePolicies(store, this);
  }

  /** The same for the accounts' store. */
  public Accounts evicting(Accounts store) {
    return new EvictingAccounts(store, this);
  }

  /** The same for the two-factor store. */
  public TwoFactors evicting(TwoFactors store) {
    return new EvictingTwoFactors(store, this);
  }

  /** Called by the store's writes: {@code eviction} is due once the current call is done. */
  void stale(Eviction eviction) {
    Call call = current.get();
    if (call == null) {
      throw new IllegalStateException("what a node holds changed outside a use case call");
    }
    if (call.stale.isEmpty()) {
      call.stale = new LinkedHashSet<>();
    }
    call.stale.add(eviction);
  }

  /**
   * Begins a use case call, outside its transaction (see {@code UseCases.wire}): notes the epoch
   * before anything is read. Every call is ended with {@link #end}.
   */
  public Call begin() {
    Call call = new Call(epoch, current.get());
    current.set(call);
    return call;
  }

  /**
   * Ends {@code call}, after its transaction committed or rolled back: evicts what it made stale
   * here and on every other node of {@code cluster}, and only then returns. Also after a failure: a
   * refused authentication commits, and evicting more is harmless.
   */
  public void end(Call call, Cluster cluster) {
    current.set(call.outer);
    if (!call.stale.isEmpty()) {
      evict(call.stale);
      cluster.evictElsewhere(call.stale);
    }
  }

  @Override
  public void evict(Set<Eviction> evictions) {
    synchronized (lock) {
      epoch++;
      evicted.add(
          tokens.removeIf(held -> evictions.stream().anyMatch(e -> e.covers(held.value()))));
      if (evictions.stream().anyMatch(Eviction::coversPolicy)) {
        policy = null;
      }
      evicted.add(accounts.removeKeys(id -> evictions.stream().anyMatch(e -> e.coversAccount(id))));
      evicted.add(
          twoFactors.removeKeys(id -> evictions.stream().anyMatch(e -> e.coversAccount(id))));
    }
  }

  @Override
  public void trust(boolean trust) {
    synchronized (lock) {
      if (trust == trusted) {
        return;
      }
      // Either way a read that began before must not fill: before losing contact it may be stale,
      // and before contact is back an eviction may have been missed since it read.
      epoch++;
      evicted.add(tokens.clear() + accounts.clear() + twoFactors.clear());
      policy = null;
      trusted = trust;
    }
  }

  /** Whether it answers from what it holds now: trusted, and within the cluster's lease. */
  @Override
  public boolean trusted() {
    return trusted && cluster.leaseHeld();
  }

  /**
   * Joins {@code cluster}: from now on it evicts what the other nodes evict and answers from what
   * it holds only under the cluster's lease.
   */
  public void join(Cluster cluster) {
    this.cluster = cluster;
    cluster.join(this);
  }

  /**
   * Whether what it holds may answer: a lease found run out - this node was paused or cut off, and
   * no event could tell it - empties the cache before anything is served again.
   */
  private boolean usable() {
    if (!trusted) {
      return false;
    }
    if (cluster.leaseHeld()) {
      return true;
    }
    trust(false);
    return false;
  }

  public int size() {
    return tokens.size();
  }

  public long hits() {
    return hits.sum();
  }

  public long misses() {
    return misses.sum();
  }

  public long evictions() {
    return evicted.sum();
  }
}
