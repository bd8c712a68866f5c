package dev.personaltokens.cli;

import dev.personaltokens.adapter.in.cli.operator.AdminUseCases;
import dev.personaltokens.adapter.in.cli.operator.DatabaseAddress;
import dev.personaltokens.adapter.out.persistence.StandaloneDatabase;
import dev.personaltokens.adapter.out.platform.JavaOtpCodes;
import dev.personaltokens.adapter.out.platform.Pbkdf2PasswordHasher;
import dev.personaltokens.adapter.out.platform.SecureRandomness;
import dev.personaltokens.adapter.out.platform.SystemClock;
import dev.personaltokens.application.Policies;
import dev.personaltokens.application.Ports;
import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.UseCaseDecorator;
import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.node.LocalSharedState;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.domain.audit.Origin;
import java.util.function.Supplier;

/**
 * The use cases outside the server, wired by the same assembly as inside it, on the database
 * directly: each call in a resource-local transaction of its own.
 */
public final class StandaloneAdmin implements AdminUseCases {

  private final StandaloneDatabase database;
  private final UseCases useCases;

  public StandaloneAdmin(StandaloneDatabase database, Policies policies) {
    this(database, policies, new Pbkdf2PasswordHasher());
  }

  /**
   * With another password hasher: the system tests' fixtures open accounts with cheap hashes, which
   * the server checks at the count each carries.
   */
  public StandaloneAdmin(StandaloneDatabase database, Policies policies, PasswordHasher hasher) {
    this.database = database;
    StandaloneDatabase.Stores stores = database.stores();
    Ports ports =
        new Ports(
            stores.accounts(),
            stores.passwordLinks(),
            stores.personalTokens(),
            stores.sessions(),
            stores.serviceClients(),
            stores.scimTokens(),
            stores.instancePolicies(),
            new SystemClock(),
            new SecureRandomness(),
            hasher,
            stores.auditTrail(),
            () -> Origin.NONE,
            stores.notices(),
            Mailer.OFF,
            // What the operator changes is in no node's cache: sessions and service clients are
            // never cached, and the tokens it purges have ended (see NodeCache).
            Cluster.ALONE,
            new LocalSharedState(new SystemClock()),
            stores.twoFactors(),
            new JavaOtpCodes(),
            // The operator's command line signs nobody in.
            IdentityProvider.NONE);
    UseCaseDecorator transactions =
        new UseCaseDecorator() {
          @Override
          public <T> T around(UseCaseCall call, Supplier<T> work) {
            // Its steps come back here, each to run in a transaction of its own.
            return call.ownsTransactions() ? work.get() : database.inTransaction(work);
          }
        };
    this.useCases = UseCases.wire(ports, policies, transactions);
  }

  /**
   * On the database the admin commands were pointed at (DB_URL and so on), obeying the policies the
   * same settings give the server (PTK_AUDIT_RETENTION...).
   */
  public static StandaloneAdmin connect(DatabaseAddress address, Policies policies) {
    return new StandaloneAdmin(
        StandaloneDatabase.open(address.url(), address.user(), address.password()), policies);
  }

  @Override
  public UseCases useCases() {
    return useCases;
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
