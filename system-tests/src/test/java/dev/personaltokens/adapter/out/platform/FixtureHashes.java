package dev.personaltokens.adapter.out.platform;

import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;

/**
 * Password hashes for the system tests' own accounts, of 1,000 PBKDF2 iterations instead of the
 * server's 600,000: the server checks a password with the count its stored hash carries
 * (Pbkdf2PasswordHasherTest), so the hundreds of sign-ins of a test run each cost a millisecond
 * instead of a fifth of a second of the two cores the servers under test share. Every hash the
 * server makes itself (a first start, a password change, a one-time link) is still of 600,000, and
 * tested where it is made. Here, in the hasher's package, because its weaker constructor is for
 * tests only.
 */
public final class FixtureHashes {

  private static final Pbkdf2PasswordHasher CHEAP = new Pbkdf2PasswordHasher(1_000);

  private FixtureHashes() {}

  public static PasswordHash of(String password) {
    return CHEAP.hash(Password.presented(password));
  }

  /** The hasher itself, for the operator's use cases that the tests run in-process. */
  public static PasswordHasher hasher() {
    return CHEAP;
  }
}
