package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import java.time.Instant;
import java.util.Optional;

/** The accounts, each with a unique email. */
public interface Accounts {

  /**
   * Stores a new account and gives it its id; empty when the email is taken - also when another
   * caller adds the same email at the same time. An account added counts as the first start.
   */
  Optional<Account> add(Email email, PasswordHash passwordHash, Instant created);

  Optional<Account> findById(AccountId id);

  Optional<Account> findByEmail(Email email);

  /**
   * Whether the caller is the first start, the one to open the first account: true at most once per
   * store and never once an account exists. Of concurrent callers only one gets true; the others
   * wait for it to commit (or roll back, and then one of them is first).
   */
  boolean claimFirstStart();

  /** Replaces the account's password hash; an unknown id changes nothing. */
  void changePasswordHash(AccountId id, PasswordHash passwordHash);
}
