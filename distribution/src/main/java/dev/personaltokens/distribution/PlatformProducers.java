package dev.personaltokens.distribution;

import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.distribution.platform.Pbkdf2PasswordHasher;
import dev.personaltokens.distribution.platform.SecureRandomness;
import dev.personaltokens.distribution.platform.SystemClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The ports the JDK serves: time, randomness and password hashing. */
@ApplicationScoped
public class PlatformProducers {

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
