package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import java.time.Instant;
import java.util.Optional;

/** The accounts, each with a unique email. */
public interface Accounts {

  /** Stores a new account and gives it its id; empty when the email is taken. */
  Optional<Account> add(Email email, PasswordHash passwordHash, Instant created);

  Optional<Account> findById(AccountId id);

  Optional<Account> findByEmail(Email email);

  boolean isEmpty();

  /** Replaces the account's password hash; an unknown id changes nothing. */
  void changePasswordHash(AccountId id, PasswordHash passwordHash);
}
