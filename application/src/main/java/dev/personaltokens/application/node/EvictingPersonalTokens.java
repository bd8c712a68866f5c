package dev.personaltokens.application.node;

import dev.personaltokens.application.port.out.Eviction;
import dev.personaltokens.application.port.out.InventoryEntry;
import dev.personaltokens.application.port.out.InventoryFilter;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The personal token store as every use case sees it: each write that can end a token tells the
 * {@link NodeCache} what it made stale, to be evicted everywhere once the call is done.
 */
final class EvictingPersonalTokens implements PersonalTokens {

  private final PersonalTokens store;
  private final NodeCache cache;

  EvictingPersonalTokens(PersonalTokens store, NodeCache cache) {
    this.store = store;
    this.cache = cache;
  }

  @Override
  public void addAll(List<PersonalToken> tokens) {
    store.addAll(tokens); // a new token is in no cache
  }

  @Override
  public Map<AccountId, Long> unrevokedHeld(Collection<AccountId> owners) {
    return store.unrevokedHeld(owners);
  }

  @Override
  public Optional<PersonalToken> findById(TokenId id) {
    return store.findById(id);
  }

  @Override
  public Optional<PersonalToken> findByDigest(TokenDigest digest) {
    return store.findByDigest(digest);
  }

  @Override
  public Page<PersonalToken> findUnrevoked(AccountId owner, String search, PageRequest page) {
    return store.findUnrevoked(owner, search, page);
  }

  @Override
  public Page<InventoryEntry> findLive(InventoryFilter filter, PageRequest page, Instant now) {
    return store.findLive(filter, page, now);
  }

  @Override
  public List<PersonalToken> findUnusedSince(Instant unusedSince, Instant now, int limit) {
    return store.findUnusedSince(unusedSince, now, limit);
  }

  @Override
  public boolean revokeUnused(TokenId id, Instant unusedSince, Instant at) {
    cache.stale(Eviction.token(id));
    return store.revokeUnused(id, unusedSince, at);
  }

  @Override
  public boolean revoke(TokenId id, Instant at, Revocation why) {
    cache.stale(Eviction.token(id));
    return store.revoke(id, at, why);
  }

  @Override
  public int revokeFamily(TokenId family, Instant at) {
    cache.stale(Eviction.family(family));
    return store.revokeFamily(family, at);
  }

  @Override
  public int revokeAllOf(AccountId owner, Instant at) {
    cache.stale(Eviction.owner(owner));
    return store.revokeAllOf(owner, at);
  }

  @Override
  public List<PersonalToken> revokeLeaked(Collection<TokenDigest> digests, Instant at) {
    List<PersonalToken> revoked = store.revokeLeaked(digests, at);
    revoked.forEach(token -> cache.stale(Eviction.token(token.id())));
    return revoked;
  }

  @Override
  public void markUsed(TokenId id, Instant at, String address) {
    store.markUsed(id, at, address); // the use is not what a cache judges
  }

  @Override
  public int removeEndedBefore(Instant cutoff) {
    // Only ended tokens go, which no cache could let through; all, so that this needs no proof.
    cache.stale(Eviction.ALL);
    return store.removeEndedBefore(cutoff);
  }
}
