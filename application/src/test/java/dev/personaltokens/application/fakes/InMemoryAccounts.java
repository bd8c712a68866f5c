package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.AccountSummary;
import dev.personaltokens.application.port.out.Accounts;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Accounts in a map, numbered 1, 2, 3... like an auto-increment column, over the tokens of an
 * {@link InMemoryPersonalTokens} for the live tokens each has.
 */
public final class InMemoryAccounts implements Accounts {

  private final Map<AccountId, Account> byId = new LinkedHashMap<>();
  private final Map<AccountId, String> subjects = new LinkedHashMap<>();
  private final InMemoryPersonalTokens tokens;
  private long lastId;
  private boolean firstStartClaimed;

  public InMemoryAccounts(InMemoryPersonalTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public synchronized Optional<Account> add(
      Email email, PasswordHash passwordHash, Instant created, Role role) {
    if (findByEmail(email).isPresent()) {
      return Optional.empty();
    }
    Account account =
        new Account(
            new AccountId(++lastId),
            email,
            passwordHash,
            created,
            byId.isEmpty() ? Role.ADMIN : role,
            AccountStatus.ACTIVE,
            null,
            false);
    firstStartClaimed = true;
    byId.put(account.id(), account);
    return Optional.of(account);
  }

  @Override
  public synchronized Optional<Account> findById(AccountId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The email of an account there is: the fakes that answer with it, as a join does, ask here. */
  public synchronized Email emailOf(AccountId id) {
    return findById(id).orElseThrow(() -> new IllegalStateException("no account " + id)).email();
  }

  @Override
  public synchronized Optional<Account> findByEmail(Email email) {
    return byId.values().stream().filter(account -> account.email().equals(email)).findFirst();
  }

  @Override
  public synchronized Optional<Account> findBySubject(String subject) {
    return subjects.entrySet().stream()
        .filter(link -> link.getValue().equals(subject))
        .findFirst()
        .map(link -> byId.get(link.getKey()));
  }

  @Override
  public synchronized Optional<String> subjectOf(AccountId id) {
    return Optional.ofNullable(subjects.get(id));
  }

  @Override
  public synchronized boolean linkSubject(AccountId id, String subject) {
    if (!byId.containsKey(id) || subjects.containsKey(id) || subjects.containsValue(subject)) {
      return false;
    }
    subjects.put(id, subject);
    return true;
  }

  @Override
  public synchronized boolean claimFirstStart() {
    boolean first = !firstStartClaimed;
    firstStartClaimed = true;
    return first;
  }

  @Override
  public synchronized void changePasswordHash(AccountId id, PasswordHash passwordHash) {
    update(
        id,
        account ->
            copy(
                account,
                passwordHash,
                account.role(),
                account.status(),
                account.lastSignIn(),
                false));
  }

  @Override
  public synchronized boolean replacePasswordHash(
      AccountId id, PasswordHash expected, PasswordHash replacement) {
    boolean current =
        findById(id).map(account -> account.passwordHash().equals(expected)).orElse(false);
    if (current) {
      changePasswordHash(id, replacement);
    }
    return current;
  }

  @Override
  public synchronized void requirePasswordChange(AccountId id) {
    update(
        id,
        account ->
            copy(
                account,
                account.passwordHash(),
                account.role(),
                account.status(),
                account.lastSignIn(),
                true));
  }

  @Override
  public synchronized void changeRole(AccountId id, Role role) {
    update(
        id,
        account ->
            copy(
                account,
                account.passwordHash(),
                role,
                account.status(),
                account.lastSignIn(),
                account.passwordChangeRequired()));
  }

  @Override
  public synchronized boolean changeEmail(AccountId id, Email email) {
    Optional<Account> holder = findByEmail(email);
    if (!byId.containsKey(id) || holder.filter(other -> !other.id().equals(id)).isPresent()) {
      return false;
    }
    update(
        id,
        account ->
            new Account(
                account.id(),
                email,
                account.passwordHash(),
                account.created(),
                account.role(),
                account.status(),
                account.lastSignIn(),
                account.passwordChangeRequired()));
    return true;
  }

  @Override
  public synchronized Set<AccountId> holdActive(Collection<AccountId> ids) {
    return ids.stream()
        .filter(id -> findById(id).map(Account::isActive).orElse(false))
        .collect(Collectors.toSet());
  }

  @Override
  public synchronized boolean changeStatus(AccountId id, AccountStatus status) {
    if (findById(id).map(account -> account.status() == status).orElse(true)) {
      return false;
    }
    update(
        id,
        account ->
            copy(
                account,
                account.passwordHash(),
                account.role(),
                status,
                account.lastSignIn(),
                account.passwordChangeRequired()));
    return true;
  }

  @Override
  public synchronized void signedIn(AccountId id, Instant at) {
    update(
        id,
        account ->
            copy(
                account,
                account.passwordHash(),
                account.role(),
                account.status(),
                at,
                account.passwordChangeRequired()));
  }

  /** Nothing to hold: every call is synchronized, so no change can come in between. */
  @Override
  public synchronized List<AccountId> lockActiveAdmins() {
    return byId.values().stream()
        .filter(account -> account.isAdmin() && account.isActive())
        .map(Account::id)
        .toList();
  }

  /** The search is a plain substring match in any case, as the column's collation makes it. */
  @Override
  public synchronized Page<AccountSummary> find(
      String search, Optional<AccountStatus> status, PageRequest page, Instant now) {
    String term = search.toLowerCase(Locale.ROOT);
    List<Account> matching =
        byId.values().stream()
            .filter(account -> account.email().value().toLowerCase(Locale.ROOT).contains(term))
            .filter(account -> status.map(wanted -> wanted == account.status()).orElse(true))
            .toList();
    List<AccountSummary> items =
        matching.stream()
            .skip(page.offset())
            .limit(page.size())
            .map(account -> new AccountSummary(account, liveTokens(account.id(), now)))
            .toList();
    return new Page<>(items, matching.size(), page);
  }

  private long liveTokens(AccountId id, Instant now) {
    return tokens.all().stream()
        .filter(token -> token.isOwnedBy(id) && !token.isRevoked() && !token.isExpiredAt(now))
        .count();
  }

  private void update(AccountId id, UnaryOperator<Account> change) {
    byId.computeIfPresent(id, (key, account) -> change.apply(account));
  }

  /** How many accounts there are. */
  public synchronized int size() {
    return byId.size();
  }

  /** {@code account} with every field but its id, email and creation as given. */
  private static Account copy(
      Account account,
      PasswordHash passwordHash,
      Role role,
      AccountStatus status,
      Instant lastSignIn,
      boolean passwordChangeRequired) {
    return new Account(
        account.id(),
        account.email(),
        passwordHash,
        account.created(),
        role,
        status,
        lastSignIn,
        passwordChangeRequired);
  }
}
