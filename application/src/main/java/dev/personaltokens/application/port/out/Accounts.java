package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The accounts, each with a unique email. */
public interface Accounts {

  /**
   * Stores a new active account and gives it its id; empty when the email is taken - also when
   * another caller adds the same email at the same time. An account added counts as the first
   * start, and the first account is an admin whatever {@code role} says: there is always one.
   */
  Optional<Account> add(Email email, PasswordHash passwordHash, Instant created, Role role);

  Optional<Account> findById(AccountId id);

  Optional<Account> findByEmail(Email email);

  /** The account the identity provider's {@code subject} signs in as. */
  Optional<Account> findBySubject(String subject);

  /** The identity provider's subject the account signs in as, if it is linked to one. */
  Optional<String> subjectOf(AccountId id);

  /**
   * Links the account to the identity provider's {@code subject}: whether this call linked it -
   * false when the account is linked already, or the subject is another account's (also when
   * another caller links it at the same time).
   */
  boolean linkSubject(AccountId id, String subject);

  /**
   * Whether the caller is the first start, the one to open the first account: true at most once per
   * store and never once an account exists. Of concurrent callers only one gets true; the others
   * wait for it to commit (or roll back, and then one of them is first).
   */
  boolean claimFirstStart();

  /**
   * Replaces the account's password hash with that of a password its person chose, which ends any
   * change {@link #requirePasswordChange} asked for; an unknown id changes nothing.
   */
  void changePasswordHash(AccountId id, PasswordHash passwordHash);

  /**
   * {@link #changePasswordHash}, only while the hash is still {@code expected}, the one a change
   * checked the current password against: whether it was replaced. Of two changes that checked the
   * same password one wins, and an operator's reset that came in between wins over the change.
   */
  boolean replacePasswordHash(AccountId id, PasswordHash expected, PasswordHash replacement);

  /**
   * The account's password was not its person's choice (generated at the first start, or set by the
   * operator): they must change it before anything else, until {@link #changePasswordHash}.
   */
  void requirePasswordChange(AccountId id);

  void changeRole(AccountId id, Role role);

  /**
   * Whether the account's status changed to {@code status}: false when it had it already, or when
   * there is no such account. Of two calls at once, one changes it - its caller alone logs it.
   */
  boolean changeStatus(AccountId id, AccountStatus status);

  /**
   * Gives the account another email: whether it did - false when another account has it (also one
   * that takes it at the same time) or there is no such account.
   */
  boolean changeEmail(AccountId id, Email email);

  /**
   * Which of the accounts are active, their rows held (shared) until the transaction ends: a token
   * made in this transaction then either commits before a deactivation revokes its account's
   * tokens, or sees the deactivation and is not made - a deactivation can't be outrun. The rows are
   * taken in the order of their ids, so that two transactions holding some of the same take them in
   * the same order.
   */
  Set<AccountId> holdActive(Collection<AccountId> ids);

  /** Whether the account is active, its row held as {@link #holdActive} holds it. */
  default boolean holdIfActive(AccountId id) {
    return holdActive(List.of(id)).contains(id);
  }

  /** Notes a sign-in at {@code at}. */
  void signedIn(AccountId id, Instant at);

  /**
   * The ids of the active admins, each held until the transaction ends, so that of two concurrent
   * changes that would each leave one admin, the second sees what the first did.
   */
  List<AccountId> lockActiveAdmins();

  /**
   * One page of every account, oldest first, whose email contains {@code search} (any case; empty:
   * all), of one status if {@code status} is present; each with its tokens still usable at {@code
   * now}.
   */
  Page<AccountSummary> find(
      String search, Optional<AccountStatus> status, PageRequest page, Instant now);
}
