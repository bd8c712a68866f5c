package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Accounts in a map, numbered 1, 2, 3... like an auto-increment column. */
public final class InMemoryAccounts implements Accounts {

  private final Map<AccountId, Account> byId = new LinkedHashMap<>();
  private long lastId;
  private boolean firstStartClaimed;

  @Override
  public synchronized Optional<Account> add(
      Email email, PasswordHash passwordHash, Instant created) {
    if (findByEmail(email).isPresent()) {
      return Optional.empty();
    }
    Account account = new Account(new AccountId(++lastId), email, passwordHash, created);
    firstStartClaimed = true;
    byId.put(account.id(), account);
    return Optional.of(account);
  }

  @Override
  public synchronized Optional<Account> findById(AccountId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<Account> findByEmail(Email email) {
    return byId.values().stream().filter(account -> account.email().equals(email)).findFirst();
  }

  @Override
  public synchronized boolean claimFirstStart() {
    boolean first = !firstStartClaimed;
    firstStartClaimed = true;
    return first;
  }

  @Override
  public synchronized void changePasswordHash(AccountId id, PasswordHash passwordHash) {
    byId.computeIfPresent(
        id,
        (key, account) ->
            new Account(account.id(), account.email(), passwordHash, account.created()));
  }

  /** How many accounts there are. */
  public synchronized int size() {
    return byId.size();
  }
}
