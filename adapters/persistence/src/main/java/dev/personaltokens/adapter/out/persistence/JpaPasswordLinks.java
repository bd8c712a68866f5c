package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PasswordLink;
import dev.personaltokens.domain.token.TokenDigest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

/**
 * A used or voided link is deleted, not marked: a link that is there still works until it expires.
 */
public class JpaPasswordLinks implements PasswordLinks {

  private final EntityManager em;

  public JpaPasswordLinks(EntityManager em) {
    this.em = em;
  }

  @Override
  public void replace(PasswordLink link) {
    removeAllOf(link.account());
    em.persist(PasswordLinkEntity.from(link));
  }

  @Override
  public Optional<PasswordLink> findByDigest(TokenDigest digest) {
    return Optional.ofNullable(em.find(PasswordLinkEntity.class, digest.hex()))
        .map(PasswordLinkEntity::toDomain);
  }

  /**
   * One DELETE: InnoDB locks the row, and a concurrent second use, once the first commits, finds
   * nothing to delete.
   */
  @Override
  public boolean use(TokenDigest digest) {
    return em.createNamedQuery("PasswordLink.remove")
            .setParameter("digest", digest.hex())
            .executeUpdate()
        == 1;
  }

  @Override
  public void removeAllOf(AccountId account) {
    em.createNamedQuery("PasswordLink.removeAllOf")
        .setParameter("account", account.value())
        .executeUpdate();
  }

  @Override
  public int removeExpiredBefore(Instant instant) {
    return em.createNamedQuery("PasswordLink.removeExpired")
        .setParameter("instant", instant)
        .executeUpdate();
  }
}
