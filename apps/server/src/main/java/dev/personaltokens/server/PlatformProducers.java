package dev.personaltokens.server;

import dev.personaltokens.adapter.out.platform.JavaOtpCodes;
import dev.personaltokens.adapter.out.platform.Pbkdf2PasswordHasher;
import dev.personaltokens.adapter.out.platform.SecureRandomness;
import dev.personaltokens.adapter.out.platform.SystemClock;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.OneTimeCodes;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.Randomness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The ports the JDK serves: time, randomness, password hashing, and the codes of authenticator
 * apps. Singletons, not application scoped: no client proxy between every request and the clock.
 */
@ApplicationScoped
public class PlatformProducers {

  @Produces
  @Singleton
  Clock clock() {
    return new SystemClock();
  }

  @Produces
  @Singleton
  Randomness randomness() {
    return new SecureRandomness();
  }

  @Produces
  @Singleton
  PasswordHasher passwordHasher() {
    return new Pbkdf2PasswordHasher();
  }

  @Produces
  @Singleton
  OneTimeCodes oneTimeCodes() {
    return new JavaOtpCodes();
  }
}
