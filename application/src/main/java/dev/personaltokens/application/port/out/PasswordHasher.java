package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;

/** A deliberately slow, salted password hash. */
public interface PasswordHasher {

  PasswordHash hash(Password password);

  /** Compares in constant time. */
  boolean matches(Password password, PasswordHash hash);

  /**
   * A hash that no password matches and whose check costs what checking a real one costs, made
   * without hashing anything: what a sign-in checks when there is no password to check, so that its
   * time tells nothing.
   */
  PasswordHash decoy();
}
