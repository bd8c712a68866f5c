package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.domain.policy.InstancePolicy;
import jakarta.persistence.EntityManager;
import java.util.Optional;

public class JpaInstancePolicies implements InstancePolicies {

  private final EntityManager em;

  public JpaInstancePolicies(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<InstancePolicy> find() {
    return Optional.ofNullable(em.find(InstancePolicyEntity.class, InstancePolicyEntity.ONLY))
        .map(InstancePolicyEntity::toDomain);
  }

  @Override
  public void save(InstancePolicy policy) {
    em.merge(InstancePolicyEntity.from(policy));
  }
}
