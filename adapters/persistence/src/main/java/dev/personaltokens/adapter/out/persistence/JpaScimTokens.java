package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.domain.client.ScimToken;
import dev.personaltokens.domain.token.TokenDigest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public class JpaScimTokens implements ScimTokens {

  private final EntityManager em;

  public JpaScimTokens(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ScimToken token) {
    em.persist(ScimTokenEntity.from(token));
  }

  @Override
  public Optional<ScimToken> findByDigest(TokenDigest digest) {
    return em.createNamedQuery("ScimToken.byDigest", ScimTokenEntity.class)
        .setParameter("digest", digest.hex())
        .getResultStream()
        .findFirst()
        .map(ScimTokenEntity::toDomain);
  }

  @Override
  public List<ScimToken> all() {
    return em.createNamedQuery("ScimToken.all", ScimTokenEntity.class)
        .getResultStream()
        .map(ScimTokenEntity::toDomain)
        .toList();
  }

  @Override
  public boolean remove(UUID id) {
    return em.createNamedQuery("ScimToken.remove").setParameter("id", id.toString()).executeUpdate()
        > 0;
  }
}
