package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.InventoryEntry;
import dev.personaltokens.application.port.out.InventoryFilter;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Personal tokens in a map, answering as the database does: the search is a plain substring match
 * in any case, so {@code %} and {@code _} are just characters.
 */
public final class InMemoryPersonalTokens implements PersonalTokens {

  /** Newest first; the id only breaks ties, so that pages don't overlap. */
  private static final Comparator<PersonalToken> NEWEST_FIRST =
      Comparator.comparing(PersonalToken::created)
          .reversed()
          .thenComparing(token -> token.id().toString());

  private final Map<TokenId, PersonalToken> byId = new LinkedHashMap<>();

  /**
   * Where the inventory finds its owners' emails: the accounts, which are made over this store and
   * so are known only after it.
   */
  private volatile Function<AccountId, Email> ownerEmails =
      owner -> {
        throw new IllegalStateException("no accounts to find the owners' emails in");
      };

  /** The inventory's owners' emails are these accounts'. */
  public void ownerEmails(Function<AccountId, Email> emails) {
    this.ownerEmails = emails;
  }

  @Override
  public synchronized void addAll(List<PersonalToken> tokens) {
    for (PersonalToken token : tokens) {
      if (byId.containsKey(token.id()) || findByDigest(token.digest()).isPresent()) {
        throw new IllegalStateException("a token with this id or digest exists already");
      }
      byId.put(token.id(), token);
    }
  }

  @Override
  public synchronized Map<AccountId, Long> unrevokedHeld(Collection<AccountId> owners) {
    Map<AccountId, Long> held = new LinkedHashMap<>();
    for (AccountId owner : owners) {
      // The list's total, as the database's kept count is (nothing to hold in memory).
      held.put(owner, findUnrevoked(owner, "", new PageRequest(1, 1)).total());
    }
    return held;
  }

  @Override
  public synchronized Optional<PersonalToken> findById(TokenId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<PersonalToken> findByDigest(TokenDigest digest) {
    return byId.values().stream().filter(token -> token.digest().equals(digest)).findFirst();
  }

  @Override
  public synchronized Page<PersonalToken> findUnrevoked(
      AccountId owner, String search, PageRequest page) {
    String term = search == null ? "" : search.toLowerCase(Locale.ROOT);
    List<PersonalToken> matching =
        byId.values().stream()
            .filter(token -> token.isOwnedBy(owner) && !token.isRevoked())
            .filter(token -> contains(token, term))
            .sorted(NEWEST_FIRST)
            .toList();
    List<PersonalToken> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
    return new Page<>(items, matching.size(), page);
  }

  /**
   * Not synchronized as a whole: the owners' emails are looked up outside this store's lock, since
   * the accounts, which look up their tokens here, take theirs first.
   */
  @Override
  public Page<InventoryEntry> findLive(InventoryFilter filter, PageRequest page, Instant now) {
    String term = filter.search().toLowerCase(Locale.ROOT);
    List<PersonalToken> matching =
        all().stream()
            .filter(token -> !token.isRevoked() && !token.isExpiredAt(now))
            .filter(token -> filter.owner().map(token::isOwnedBy).orElse(true))
            .filter(token -> contains(token, term))
            .filter(token -> filter.scope().map(scope -> scope == token.scope()).orElse(true))
            .filter(token -> filter.expiringBefore().map(token.expiresAt()::isBefore).orElse(true))
            .filter(
                token -> filter.unusedSince().map(since -> unusedSince(token, since)).orElse(true))
            .sorted(NEWEST_FIRST)
            .toList();
    List<InventoryEntry> items =
        matching.stream()
            .skip(page.offset())
            .limit(page.size())
            .map(token -> new InventoryEntry(token, ownerEmails.apply(token.owner())))
            .toList();
    return new Page<>(items, matching.size(), page);
  }

  @Override
  public synchronized List<PersonalToken> findUnusedSince(
      Instant unusedSince, Instant now, int limit) {
    return byId.values().stream()
        .filter(token -> !token.isRevoked() && !token.isExpiredAt(now))
        .filter(token -> !token.unusedSince().isAfter(unusedSince))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized boolean revokeUnused(TokenId id, Instant unusedSince, Instant at) {
    PersonalToken token = byId.get(id);
    return token != null
        && !token.unusedSince().isAfter(unusedSince)
        && revoke(id, at, Revocation.INACTIVE);
  }

  @Override
  public synchronized boolean revoke(TokenId id, Instant at, Revocation why) {
    PersonalToken token = byId.get(id);
    if (token == null || token.isRevoked()) {
      return false;
    }
    byId.put(id, token.revoke(at, why));
    return true;
  }

  @Override
  public synchronized int revokeFamily(TokenId family, Instant at) {
    return revokeEach(token -> token.family().equals(family), at, Revocation.REVOKED).size();
  }

  @Override
  public synchronized int revokeAllOf(AccountId owner, Instant at) {
    return revokeEach(token -> token.isOwnedBy(owner), at, Revocation.REVOKED).size();
  }

  @Override
  public synchronized List<PersonalToken> revokeLeaked(
      Collection<TokenDigest> digests, Instant at) {
    return revokeEach(token -> digests.contains(token.digest()), at, Revocation.LEAKED);
  }

  private List<PersonalToken> revokeEach(
      Predicate<PersonalToken> which, Instant at, Revocation why) {
    List<PersonalToken> live =
        byId.values().stream().filter(token -> !token.isRevoked() && which.test(token)).toList();
    live.forEach(token -> byId.put(token.id(), token.revoke(at, why)));
    return live;
  }

  @Override
  public synchronized void markUsed(TokenId id, Instant at, String address) {
    update(
        id,
        token ->
            token.lastUsedAt() != null && !token.lastUsedAt().isBefore(at)
                ? token
                : token.use(at, address));
  }

  @Override
  public synchronized int removeEndedBefore(Instant cutoff) {
    int before = byId.size();
    byId.values().removeIf(token -> endedBefore(token, cutoff));
    return before - byId.size();
  }

  /** Every stored token, revoked ones included, to check what a service stored. */
  public synchronized List<PersonalToken> all() {
    return List.copyOf(byId.values());
  }

  private void update(TokenId id, UnaryOperator<PersonalToken> change) {
    byId.computeIfPresent(id, (key, token) -> change.apply(token));
  }

  private static boolean endedBefore(PersonalToken token, Instant cutoff) {
    return token.expiresAt().isBefore(cutoff)
        || (token.isRevoked() && token.revokedAt().isBefore(cutoff));
  }

  private static boolean unusedSince(PersonalToken token, Instant since) {
    return token.lastUsedAt() == null || token.lastUsedAt().isBefore(since);
  }

  private static boolean contains(PersonalToken token, String lowerCaseTerm) {
    return token.name().value().toLowerCase(Locale.ROOT).contains(lowerCaseTerm)
        || token.description().value().toLowerCase(Locale.ROOT).contains(lowerCaseTerm);
  }
}
