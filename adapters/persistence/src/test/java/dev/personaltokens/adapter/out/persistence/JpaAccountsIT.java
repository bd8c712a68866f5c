package dev.personaltokens.adapter.out.persistence;

import static dev.personaltokens.application.port.out.TokenFixtures.T0;
import static dev.personaltokens.application.port.out.TokenFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase.Stores;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.AccountsContract;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Accounts contract on MariaDB, and what only a real database can show: concurrency. */
class JpaAccountsIT extends AccountsContract {

  private static final int CALLERS = 4;

  @Override
  protected Accounts accounts() {
    return JpaTransactions.committingEachCall(Accounts.class, Stores::accounts);
  }

  @Test
  void ofConcurrentAdditionsOfOneEmailExactlyOneSucceeds() throws Exception {
    Email email = uniqueEmail();

    List<Boolean> added =
        concurrently(
            JpaTransactions.database(),
            stores -> stores.accounts().add(email, new PasswordHash("h"), T0).isPresent());

    assertThat(added).containsOnlyOnce(true).hasSize(CALLERS);
  }

  /** Nodes starting at once on an empty database: each claims in its own transaction. */
  @Test
  void ofConcurrentFirstStartsOnAnEmptyDatabaseExactlyOneOpensTheFirstAccount() throws Exception {
    String name = "ptk_first_" + UUID.randomUUID().toString().replace("-", "");
    String url = JpaTransactions.URL.replaceFirst("/ptk(\\?|$)", "/" + name + "$1");
    try (StandaloneDatabase empty =
        StandaloneDatabase.open(url, JpaTransactions.USER, JpaTransactions.PASSWORD)) {
      empty.migrate();

      List<Boolean> first =
          concurrently(
              empty,
              stores -> {
                boolean claimed = stores.accounts().claimFirstStart();
                if (claimed) {
                  stores
                      .accounts()
                      .add(new Email("admin@example.com"), new PasswordHash("h"), T0)
                      .orElseThrow();
                }
                return claimed;
              });

      assertThat(first).containsOnlyOnce(true).hasSize(CALLERS);
      boolean again = empty.inTransaction((Stores stores) -> stores.accounts().claimFirstStart());
      assertThat(again).isFalse();
    } finally {
      try (var connection =
              DriverManager.getConnection(
                  JpaTransactions.URL, JpaTransactions.USER, JpaTransactions.PASSWORD);
          var statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + name);
      }
    }
  }

  /** Each caller in a transaction of its own, all released at once. */
  private static List<Boolean> concurrently(
      StandaloneDatabase database, java.util.function.Function<Stores, Boolean> work)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(CALLERS);
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < CALLERS; i++) {
        Callable<Boolean> call =
            () -> {
              start.await(10, TimeUnit.SECONDS);
              return database.inTransaction(work);
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
