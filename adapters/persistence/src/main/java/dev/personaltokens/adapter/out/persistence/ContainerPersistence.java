package dev.personaltokens.adapter.out.persistence;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.InstancePolicies;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.ScimTokens;
import dev.personaltokens.application.port.out.ServiceClients;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.TwoFactors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The stores inside the server, on the container's transaction-scoped entity manager: each call
 * joins the transaction its use case runs in.
 */
@ApplicationScoped
public class ContainerPersistence {

  @PersistenceContext(unitName = "ptk")
  EntityManager em;

  @Produces
  @ApplicationScoped
  PersonalTokens personalTokens() {
    return new JpaPersonalTokens(em);
  }

  @Produces
  @ApplicationScoped
  Accounts accounts() {
    return new JpaAccounts(em);
  }

  @Produces
  @ApplicationScoped
  PasswordLinks passwordLinks() {
    return new JpaPasswordLinks(em);
  }

  @Produces
  @ApplicationScoped
  Sessions sessions() {
    return new JpaSessions(em);
  }

  @Produces
  @ApplicationScoped
  ServiceClients serviceClients() {
    return new JpaServiceClients(em);
  }

  @Produces
  @ApplicationScoped
  ScimTokens scimTokens() {
    return new JpaScimTokens(em);
  }

  @Produces
  @ApplicationScoped
  InstancePolicies instancePolicies() {
    return new JpaInstancePolicies(em);
  }

  @Produces
  @ApplicationScoped
  AuditTrail auditTrail() {
    return new JpaAuditTrail(em);
  }

  @Produces
  @ApplicationScoped
  Notices notices() {
    return new JpaNotices(em);
  }

  @Produces
  @ApplicationScoped
  TwoFactors twoFactors() {
    return new JpaTwoFactors(em);
  }
}
