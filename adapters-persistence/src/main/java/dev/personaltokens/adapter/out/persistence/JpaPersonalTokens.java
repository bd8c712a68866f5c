package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

public class JpaPersonalTokens implements PersonalTokens {

  private final EntityManager em;

  public JpaPersonalTokens(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(PersonalToken token) {
    em.persist(PersonalTokenMapper.toEntity(token));
  }

  @Override
  public Optional<PersonalToken> findById(TokenId id) {
    return Optional.ofNullable(em.find(PersonalTokenEntity.class, id.toString()))
        .map(PersonalTokenMapper::toDomain);
  }

  @Override
  public Optional<PersonalToken> findByDigest(TokenDigest digest) {
    return em.createNamedQuery("PersonalToken.byDigest", PersonalTokenEntity.class)
        .setParameter("digest", digest.hex())
        .getResultStream()
        .findFirst()
        .map(PersonalTokenMapper::toDomain);
  }

  @Override
  public Page<PersonalToken> findUnrevoked(AccountId owner, String search, PageRequest page) {
    String pattern = containsPattern(search);
    long total =
        em.createNamedQuery("PersonalToken.countUnrevoked", Long.class)
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
            .map(PersonalTokenMapper::toDomain)
            .toList();
    return new Page<>(items, total, page);
  }

  /** A LIKE pattern in which the search's own % and _ stand for themselves ('!' escapes). */
  static String containsPattern(String search) {
    String escaped =
        search.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }

  @Override
  public void markRevoked(TokenId id, Instant at) {
    em.createNamedQuery("PersonalToken.revoke")
        .setParameter("at", at)
        .setParameter("id", id.toString())
        .executeUpdate();
  }

  @Override
  public void markUsed(TokenId id, Instant at) {
    em.createNamedQuery("PersonalToken.use")
        .setParameter("at", at)
        .setParameter("id", id.toString())
        .executeUpdate();
  }

  @Override
  public int removeEndedBefore(Instant cutoff) {
    return em.createNamedQuery("PersonalToken.removeEnded")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
