package dev.personaltokens.adapter.out.persistence;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AccountsContract;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Accounts contract on MariaDB, and what only a real database can show: concurrency. */
class JpaAccountsIT extends AccountsContract {

  private static final int CALLERS = 4;

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }

  @Override
  protected PersonalTokens tokens() {
    return JpaTransactions.committingEachCall(PersonalTokens.class, Stores::personalTokens);
  }

  @Override
  protected void onEmptyStore(Consumer<Accounts> work) {
    try (EmptyDatabase empty = new EmptyDatabase()) {
      work.accept(
          JpaTransactions.committingEachCall(empty.database(), Accounts.class, Stores::accounts));
    }
  }

  /** The changes are bulk updates: a read after one must not answer the copy read before it. */
  @Test
  void aChangeIsSeenByTheReadsAfterItInItsTransaction() {
    Account account =
        accounts().add(uniqueEmail(), new PasswordHash("h"), T0, Role.MEMBER).orElseThrow();

    List<Account> seen =
        JpaTransactions.database()
            .inTransaction(
                stores -> {
                  Accounts accounts = stores.accounts();
                  accounts.findById(account.id());
                  accounts.changeRole(account.id(), Role.ADMIN);
                  accounts.changeStatus(account.id(), AccountStatus.DEACTIVATED);
                  accounts.signedIn(account.id(), T0.plusSeconds(1));
                  return List.of(
                      accounts.findById(account.id()).orElseThrow(),
                      accounts.findByEmail(account.email()).orElseThrow(),
                      accounts
                          .find(
                              account.email().value(), Optional.empty(), new PageRequest(1, 1), T0)
                          .items()
                          .get(0)
                          .account());
                });

    assertThat(seen)
        .containsOnly(
            new Account(
                account.id(),
                account.email(),
                account.passwordHash(),
                T0,
                Role.ADMIN,
                AccountStatus.DEACTIVATED,
                T0.plusSeconds(1),
                false));
  }

  @Test
  void ofConcurrentAdditionsOfOneEmailExactlyOneSucceeds() throws Exception {
    Email email = uniqueEmail();

    List<Boolean> added =
        concurrently(
            JpaTransactions.database(),
            stores ->
                stores.accounts().add(email, new PasswordHash("h"), T0, Role.MEMBER).isPresent());

    assertThat(added).containsOnlyOnce(true).hasSize(CALLERS);
  }

  /**
   * Nodes starting at once on an empty database: each claims in its own transaction, and the one
   * that does adds the first account in the same, an admin whatever the role asked.
   */
  @Test
  void ofConcurrentFirstStartsOnAnEmptyDatabaseExactlyOneOpensTheFirstAccount() throws Exception {
    try (EmptyDatabase empty = new EmptyDatabase()) {
      Email email = new Email("admin@example.com");

      List<Boolean> first =
          concurrently(
              empty.database(),
              stores -> {
                boolean claimed = stores.accounts().claimFirstStart();
                if (claimed) {
                  stores
                      .accounts()
                      .add(email, new PasswordHash("h"), T0, Role.MEMBER)
                      .orElseThrow();
                }
                return claimed;
              });

      assertThat(first).containsOnlyOnce(true).hasSize(CALLERS);
      Accounts accounts =
          JpaTransactions.committingEachCall(empty.database(), Accounts.class, Stores::accounts);
      assertThat(accounts.claimFirstStart()).isFalse();
      assertThat(accounts.findByEmail(email).map(Account::role)).contains(Role.ADMIN);
    }
  }

  /** Additions at once to an empty database, none claiming first: exactly one is the admin. */
  @Test
  void ofConcurrentAdditionsToAnEmptyDatabaseExactlyOneIsAnAdmin() throws Exception {
    try (EmptyDatabase empty = new EmptyDatabase()) {
      List<Boolean> admins =
          concurrently(
              empty.database(),
              stores ->
                  stores
                      .accounts()
                      .add(uniqueEmail(), new PasswordHash("h"), T0, Role.MEMBER)
                      .orElseThrow()
                      .isAdmin());

      assertThat(admins).containsOnlyOnce(true).hasSize(CALLERS);
    }
  }

  /** Each caller in a transaction of its own (run again as a deadlock's victim), all at once. */
  private static List<Boolean> concurrently(
      StandaloneDatabase database, Function<Stores, Boolean> work) throws Exception {
    CyclicBarrier start = new CyclicBarrier(CALLERS);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        Callable<Boolean> call =
            () -> {
              start.await(10, TimeUnit.SECONDS);
              return JpaTransactions.inTransaction(database, work);
            };
        results.add(callers.submit(call));
      }
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> result : results) {
        outcomes.add(result.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      callers.shutdownNow();
    }
  }
}
