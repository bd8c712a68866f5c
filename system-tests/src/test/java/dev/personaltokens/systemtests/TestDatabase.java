package dev.personaltokens.systemtests;

import dev.personaltokens.adapter.out.persistence.StandaloneDatabase;
import dev.personaltokens.adapter.out.platform.FixtureHashes;
import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.cli.StandaloneAdmin;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.settings.PtkSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Function;

/**
 * The database the server under test uses, reached directly the way the operator's commands reach
 * it (the same composition root): to open more accounts and to plant what the API can't make (an
 * expired token).
 */
final class TestDatabase {

  static final String URL = System.getProperty("db.url");
  static final String USER = System.getProperty("db.user", "root");
  static final String PASSWORD = "unchecked";

  private static StandaloneDatabase database;
  private static UseCases admin;

  private TestDatabase() {}

  static final Actor OPERATOR = Actor.operator("it");

  /**
   * A new account with a random email, opened as the operator opens one; its password is {@code
   * password}, stored with a cheap hash ({@link FixtureHashes}) so that signing in as it costs the
   * shared server next to nothing.
   */
  static Account newAccount(String password) {
    NoSecretInTheSecurityLog.password(password);
    Email email = new Email("user-" + UUID.randomUUID() + "@it.example.com");
    return admin().createAccount().create(OPERATOR, email, Password.newPassword(password));
  }

  /**
   * Stores the account's password {@code password} again, with a cheap hash ({@link
   * FixtureHashes}).
   */
  static void storeCheaply(AccountId account, String password) {
    withAccounts(
        accounts -> {
          accounts.changePasswordHash(account, FixtureHashes.of(password));
          return null;
        });
  }

  /**
   * The use cases as the operator's commands run them, on this database - but for the passwords
   * they store, hashed cheaply ({@link FixtureHashes}).
   */
  static synchronized UseCases admin() {
    if (admin == null) {
      admin =
          new StandaloneAdmin(
                  database(), PtkSettings.ofThisProcess().policies(), FixtureHashes.hasher())
              .useCases();
    }
    return admin;
  }

  /** Stores these tokens as they are, e.g. expired or revoked ones that the API can't make. */
  static void plant(PersonalToken... planted) {
    withTokens(
        tokens -> {
          for (PersonalToken token : planted) {
            tokens.add(token);
          }
          return null;
        });
  }

  static <T> T withTokens(Function<PersonalTokens, T> work) {
    return database().inTransaction(stores -> work.apply(stores.personalTokens()));
  }

  static <T> T withAccounts(Function<Accounts, T> work) {
    return database().inTransaction(stores -> work.apply(stores.accounts()));
  }

  static Connection connection() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  private static synchronized StandaloneDatabase database() {
    if (database == null) {
      database = StandaloneDatabase.open(URL, USER, PASSWORD);
    }
    return database;
  }
}
