package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.InventoryEntry;
import dev.personaltokens.application.port.out.InventoryFilter;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

public class JpaPersonalTokens implements PersonalTokens {

  private final EntityManager em;
  private final TokenCounts counts;
  private final TokenGrams grams;

  public JpaPersonalTokens(EntityManager em) {
    this.em = em;
    this.counts = new TokenCounts(em);
    this.grams = new TokenGrams(em);
  }

  @Override
  public void addAll(List<PersonalToken> tokens) {
    tokens.forEach(token -> em.persist(PersonalTokenEntity.from(token)));
    em.flush(); // the tokens' rows first: their trigrams' foreign key names them
    grams.added(tokens);
    counts.added(
        tokens.stream()
            .filter(token -> !token.isRevoked())
            .collect(Collectors.groupingBy(token -> token.owner().value(), Collectors.counting())));
  }

  @Override
  public Map<AccountId, Long> unrevokedHeld(Collection<AccountId> owners) {
    return counts.held(owners.stream().map(AccountId::value).toList()).entrySet().stream()
        .collect(Collectors.toMap(held -> new AccountId(held.getKey()), Map.Entry::getValue));
  }

  @Override
  public Optional<PersonalToken> findById(TokenId id) {
    return Optional.ofNullable(em.find(PersonalTokenEntity.class, id.toString()))
        .map(PersonalTokenEntity::toDomain);
  }

  @Override
  public Optional<PersonalToken> findByDigest(TokenDigest digest) {
    return em.createNamedQuery("PersonalToken.byDigest", PersonalTokenEntity.class)
        .setParameter("digest", digest.hex())
        .getResultStream()
        .findFirst()
        .map(PersonalTokenEntity::toDomain);
  }

  @Override
  public Page<PersonalToken> findUnrevoked(AccountId owner, String search, PageRequest page) {
    String pattern = containsPattern(search);
    if (!search.isEmpty()) {
      Optional<TokenGrams.Rarest> rarest = grams.rarest(owner.value(), search);
      if (rarest.isPresent()) {
        return findUnrevokedHolding(owner, rarest.get().gram(), pattern, page);
      }
    }
    long total =
        search.isEmpty()
            ? counts.unrevoked(owner.value())
            : em.createNamedQuery("PersonalToken.countUnrevoked", Long.class)
                .setParameter("owner", owner.value())
                .setParameter("pattern", pattern)
                .getSingleResult();
    var items =
        em.createNamedQuery("PersonalToken.unrevoked", PersonalTokenEntity.class)
            .setParameter("owner", owner.value())
            .setParameter("pattern", pattern)
            .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
            .setMaxResults(page.size())
            .getResultStream()
            .map(PersonalTokenEntity::toDomain)
            .toList();
    return new Page<>(items, total, page);
  }

  /**
   * A search among the tokens holding one of its trigrams, fewer than {@link TokenGrams#BROAD}: all
   * of those that match, newest first, are the total, and the page's are then read whole.
   */
  private Page<PersonalToken> findUnrevokedHolding(
      AccountId owner, String gram, String pattern, PageRequest page) {
    List<String> matching =
        ((List<?>)
                em.createNativeQuery(
                        "SELECT t.id FROM personal_token_grams g"
                            + " JOIN personal_tokens t ON t.id = g.token_id"
                            + " WHERE g.account_id = ? AND g.gram = ? AND t.account_id = ?"
                            + " AND t.revoked_at IS NULL AND "
                            // The columns are named as the entity's fields: the same condition.
                            + PersonalTokenEntity.MATCHES_SEARCH.replace(":pattern", "?")
                            + " ORDER BY t.created_at DESC, t.id DESC")
                    .setParameter(1, owner.value())
                    .setParameter(2, gram)
                    .setParameter(3, owner.value())
                    .setParameter(4, pattern)
                    .setParameter(5, pattern)
                    .getResultList())
            .stream().map(String::valueOf).toList();
    List<String> ids = matching.stream().skip(page.offset()).limit(page.size()).toList();
    List<PersonalToken> items =
        ids.isEmpty()
            ? List.of()
            : em.createNamedQuery("PersonalToken.byIds", PersonalTokenEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(PersonalTokenEntity::toDomain)
                .toList();
    return new Page<>(items, matching.size(), page);
  }

  /**
   * A page reads ix_personal_tokens_inventory (Flyway V9) newest first and stops at its end, or,
   * for one owner, ix_personal_tokens_listing. The owner's email is a subquery for each token of
   * the page, not a join: joined, MariaDB reads the accounts first and then sorts all their live
   * tokens (InventoryAtScaleIT shows the plans).
   */
  @Override
  public Page<InventoryEntry> findLive(InventoryFilter filter, PageRequest page, Instant now) {
    Conditions live =
        new Conditions()
            .and("t.revokedAt IS NULL AND t.expiresAt > :now", "now", now)
            .and("t.accountId = :owner", "owner", filter.owner().map(AccountId::value))
            .and(
                PersonalTokenEntity.MATCHES_SEARCH,
                "pattern",
                Optional.of(filter.search())
                    .filter(search -> !search.isEmpty())
                    .map(JpaPersonalTokens::containsPattern))
            .and("t.scope = :scope", "scope", filter.scope().map(Scope::code))
            .and("t.expiresAt < :expiringBefore", "expiringBefore", filter.expiringBefore())
            .and(
                "(t.lastUsedAt IS NULL OR t.lastUsedAt < :unusedSince)",
                "unusedSince",
                filter.unusedSince());
    return live.pageWithEmail(
        em,
        PersonalTokenEntity.class,
        "t",
        "t.createdAt DESC, t.id DESC",
        page,
        (token, email) -> new InventoryEntry(token.toDomain(), email));
  }

  /** A LIKE pattern in which the search's own % and _ stand for themselves ('!' escapes). */
  static String containsPattern(String search) {
    String escaped =
        search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }

  /** Reads ix_personal_tokens_activity (Flyway V10); the expired are passed over on the way. */
  @Override
  public List<PersonalToken> findUnusedSince(Instant unusedSince, Instant now, int limit) {
    return em.createNamedQuery("PersonalToken.unusedSince", PersonalTokenEntity.class)
        .setParameter("since", unusedSince)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultStream()
        .map(PersonalTokenEntity::toDomain)
        .toList();
  }

  /** Conditional as {@link #revoke} is, and on the token's disuse too. */
  @Override
  public boolean revokeUnused(TokenId id, Instant unusedSince, Instant at) {
    boolean revoked =
        revocation("PersonalToken.revokeUnused", at, Revocation.INACTIVE)
                .setParameter("id", id.toString())
                .setParameter("since", unusedSince)
                .executeUpdate()
            == 1;
    if (revoked) {
      counts.revoked(owner("t.id = :key", id.toString()), 1);
    }
    return revoked;
  }

  /**
   * One conditional UPDATE: InnoDB locks the row, and a concurrent second call, once the first
   * commits, re-reads it as revoked and matches nothing.
   */
  @Override
  public boolean revoke(TokenId id, Instant at, Revocation why) {
    boolean revoked =
        revocation("PersonalToken.revoke", at, why)
                .setParameter("id", id.toString())
                .executeUpdate()
            == 1;
    if (revoked) {
      counts.revoked(owner("t.id = :key", id.toString()), 1);
    }
    return revoked;
  }

  @Override
  public int revokeFamily(TokenId family, Instant at) {
    int revoked =
        revocation("PersonalToken.revokeFamily", at, Revocation.REVOKED)
            .setParameter("family", family.toString())
            .executeUpdate();
    if (revoked > 0) {
      counts.revoked(owner("t.familyId = :key", family.toString()), revoked);
    }
    return revoked;
  }

  @Override
  public int revokeAllOf(AccountId owner, Instant at) {
    int revoked =
        revocation("PersonalToken.revokeAllOf", at, Revocation.REVOKED)
            .setParameter("owner", owner.value())
            .executeUpdate();
    counts.revoked(owner.value(), revoked);
    return revoked;
  }

  /**
   * The account of the tokens matching {@code condition} (one account's, by their id or family).
   */
  private long owner(String condition, String key) {
    return em.createQuery(
            "SELECT t.accountId FROM PersonalTokenEntity t WHERE " + condition, Long.class)
        .setParameter("key", key)
        .setMaxResults(1)
        .getSingleResult();
  }

  @Override
  public List<PersonalToken> revokeLeaked(Collection<TokenDigest> digests, Instant at) {
    if (digests.isEmpty()) {
      return List.of();
    }
    List<PersonalTokenEntity> live =
        em.createNamedQuery("PersonalToken.liveByDigests", PersonalTokenEntity.class)
            .setParameter("digests", digests.stream().map(TokenDigest::hex).toList())
            .getResultList();
    // One conditional write each: a token that another call revoked since it was read here (the
    // same leak reported twice at once) is neither returned nor counted by this one.
    List<PersonalToken> revoked = new ArrayList<>();
    for (PersonalTokenEntity token : live) {
      em.detach(token);
      boolean mine =
          revocation("PersonalToken.revoke", at, Revocation.LEAKED)
                  .setParameter("id", token.id())
                  .executeUpdate()
              == 1;
      if (mine) {
        counts.revoked(token.accountId(), 1);
        revoked.add(token.toDomain());
      }
    }
    return revoked;
  }

  private Query revocation(String name, Instant at, Revocation why) {
    return em.createNamedQuery(name).setParameter("at", at).setParameter("why", why.code());
  }

  @Override
  public void markUsed(TokenId id, Instant at, String address) {
    em.createNamedQuery("PersonalToken.use")
        .setParameter("at", at)
        .setParameter("address", address)
        .setParameter("id", id.toString())
        .executeUpdate();
  }

  @Override
  public int removeEndedBefore(Instant cutoff) {
    counts.removingEndedBefore(cutoff);
    return em.createNamedQuery("PersonalToken.removeEnded")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
