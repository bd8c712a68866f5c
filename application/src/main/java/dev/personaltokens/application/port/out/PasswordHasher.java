package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;

/** A deliberately slow, salted password hash. */
public interface PasswordHasher {

  PasswordHash hash(Password password);

  /** Compares in constant time. */
  boolean matches(Password password, PasswordHash hash);
}
