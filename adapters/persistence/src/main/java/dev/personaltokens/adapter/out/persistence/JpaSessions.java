package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenDigest;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;

public class JpaSessions implements Sessions {

  private final EntityManager em;

  public JpaSessions(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(Session session) {
    em.persist(SessionEntity.from(session));
  }

  @Override
  public Optional<Session> findByDigest(TokenDigest digest) {
    return Optional.ofNullable(em.find(SessionEntity.class, digest.hex()))
        .map(SessionEntity::toDomain);
  }

  @Override
  public void remove(TokenDigest digest) {
    em.createNamedQuery("Session.remove").setParameter("digest", digest.hex()).executeUpdate();
  }

  @Override
  public int removeAllOf(AccountId account) {
    return em.createNamedQuery("Session.removeAllOf")
        .setParameter("account", account.value())
        .executeUpdate();
  }

  @Override
  public int removeOthersOf(AccountId account, TokenDigest kept) {
    return em.createNamedQuery("Session.removeOthersOf")
        .setParameter("account", account.value())
        .setParameter("kept", kept.hex())
        .executeUpdate();
  }

  @Override
  public int removeExpiredBefore(Instant instant) {
    return em.createNamedQuery("Session.removeExpired")
        .setParameter("instant", instant)
        .executeUpdate();
  }
}
