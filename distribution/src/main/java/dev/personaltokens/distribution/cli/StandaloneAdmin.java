package dev.personaltokens.distribution.cli;

import dev.personaltokens.adapter.in.cli.AdminUseCases;
import dev.personaltokens.adapter.in.cli.DatabaseAddress;
import dev.personaltokens.adapter.out.persistence.StandaloneDatabase;
import dev.personaltokens.application.port.in.CreateAccountUseCase;
import dev.personaltokens.application.port.in.PurgeExpiredTokensUseCase;
import dev.personaltokens.application.port.in.ResetPasswordUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.service.CreateAccountService;
import dev.personaltokens.application.service.PurgeExpiredTokensService;
import dev.personaltokens.application.service.ResetPasswordService;
import dev.personaltokens.distribution.platform.Pbkdf2PasswordHasher;
import dev.personaltokens.distribution.platform.SystemClock;

/**
 * The operator's use cases outside the server, wired as the CDI producers wire them inside it: the
 * same services and platform, on the database directly, each call in a transaction of its own.
 */
public final class StandaloneAdmin implements AdminUseCases {

  private final StandaloneDatabase database;
  private final PasswordHasher hasher = new Pbkdf2PasswordHasher();
  private final Clock clock = new SystemClock();

  public StandaloneAdmin(StandaloneDatabase database) {
    this.database = database;
  }

  /** On the database the admin commands were pointed at (DB_URL and so on). */
  public static StandaloneAdmin connect(DatabaseAddress address) {
    return new StandaloneAdmin(
        StandaloneDatabase.open(address.url(), address.user(), address.password()));
  }

  @Override
  public CreateAccountUseCase createAccount() {
    return (email, password) ->
        database.inTransaction(
            stores ->
                new CreateAccountService(stores.accounts(), hasher, clock).create(email, password));
  }

  @Override
  public ResetPasswordUseCase resetPassword() {
    return (email, password) ->
        database.inTransaction(
            stores -> {
              new ResetPasswordService(stores.accounts(), stores.sessions(), hasher)
                  .resetPassword(email, password);
              return null;
            });
  }

  @Override
  public PurgeExpiredTokensUseCase purgeExpiredTokens() {
    return olderThan ->
        database.inTransaction(
            stores ->
                new PurgeExpiredTokensService(stores.personalTokens(), stores.sessions(), clock)
                    .purge(olderThan));
  }

  @Override
  public int migrateSchema() {
    return database.migrate();
  }

  @Override
  public void close() {
    database.close();
  }
}
