package dev.personaltokens.distribution;

import dev.personaltokens.adapter.out.persistence.JpaAccounts;
import dev.personaltokens.adapter.out.persistence.JpaPersonalTokens;
import dev.personaltokens.adapter.out.persistence.JpaSessions;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.distribution.platform.Pbkdf2PasswordHasher;
import dev.personaltokens.distribution.platform.SecureRandomness;
import dev.personaltokens.distribution.platform.SystemClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The outgoing ports: JPA on the container's transaction-scoped entity manager, and the JDK. */
@ApplicationScoped
public class AdapterProducers {

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
  Sessions sessions() {
    return new JpaSessions(em);
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new SystemClock();
  }

  @Produces
  @ApplicationScoped
  Randomness randomness() {
    return new SecureRandomness();
  }

  @Produces
  @ApplicationScoped
  PasswordHasher passwordHasher() {
    return new Pbkdf2PasswordHasher();
  }
}
