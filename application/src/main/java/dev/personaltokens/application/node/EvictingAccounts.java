package dev.personaltokens.application.node;

import dev.personaltokens.application.port.out.AccountSummary;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Eviction;
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

/**
 * The accounts' store as every use case sees it: each write that changes what a node holds of an
 * account (its role, status, password or forced change) tells the {@link NodeCache}, to be evicted
 * everywhere once the call is done.
 */
final class EvictingAccounts implements Accounts {

  private final Accounts store;
  private final NodeCache cache;

  EvictingAccounts(Accounts store, NodeCache cache) {
    this.store = store;
    this.cache = cache;
  }

  @Override
  public Optional<Account> add(Email email, PasswordHash passwordHash, Instant created, Role role) {
    return store.add(email, passwordHash, created, role); // a new account is in no cache
  }

  @Override
  public Optional<Account> findById(AccountId id) {
    return store.findById(id);
  }

  @Override
  public Optional<Account> findByEmail(Email email) {
    return store.findByEmail(email);
  }

  @Override
  public Optional<Account> findBySubject(String subject) {
    return store.findBySubject(subject);
  }

  @Override
  public Optional<String> subjectOf(AccountId id) {
    return store.subjectOf(id);
  }

  /** Nothing held changes: the subject is not part of the account a node holds. */
  @Override
  public boolean linkSubject(AccountId id, String subject) {
    return store.linkSubject(id, subject);
  }

  @Override
  public boolean claimFirstStart() {
    return store.claimFirstStart();
  }

  @Override
  public void changePasswordHash(AccountId id, PasswordHash passwordHash) {
    cache.stale(Eviction.account(id));
    store.changePasswordHash(id, passwordHash);
  }

  @Override
  public boolean replacePasswordHash(
      AccountId id, PasswordHash expected, PasswordHash replacement) {
    cache.stale(Eviction.account(id));
    return store.replacePasswordHash(id, expected, replacement);
  }

  @Override
  public void requirePasswordChange(AccountId id) {
    cache.stale(Eviction.account(id));
    store.requirePasswordChange(id);
  }

  @Override
  public void changeRole(AccountId id, Role role) {
    cache.stale(Eviction.account(id));
    store.changeRole(id, role);
  }

  @Override
  public boolean changeStatus(AccountId id, AccountStatus status) {
    cache.stale(Eviction.account(id));
    return store.changeStatus(id, status);
  }

  @Override
  public boolean changeEmail(AccountId id, Email email) {
    cache.stale(Eviction.account(id));
    return store.changeEmail(id, email);
  }

  @Override
  public Set<AccountId> holdActive(Collection<AccountId> ids) {
    return store.holdActive(ids);
  }

  @Override
  public void signedIn(AccountId id, Instant at) {
    // Nothing judges or shows the time of the last sign-in from a node's memory (the people list
    // reads the store): every sign-in need not be waited for by every node.
    store.signedIn(id, at);
  }

  @Override
  public List<AccountId> lockActiveAdmins() {
    return store.lockActiveAdmins();
  }

  @Override
  public Page<AccountSummary> find(
      String search, Optional<AccountStatus> status, PageRequest page, Instant now) {
    return store.find(search, status, page, now);
  }
}
