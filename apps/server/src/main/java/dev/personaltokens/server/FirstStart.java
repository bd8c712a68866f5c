package dev.personaltokens.server;

import dev.personaltokens.adapter.out.persistence.DatabaseMigrations;
import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.port.in.account.FirstAccount;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * On every start, before the first request: the schema is migrated, and on the very first start the
 * first account is opened. A failure here fails the deployment, loudly, rather than serving an
 * application without its database.
 */
@ApplicationScoped
public class FirstStart {

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @Resource(lookup = ServerDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject Settings settings;
  @Inject UseCases useCases;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    ContainerLog.keepToOneLine();
    int applied = DatabaseMigrations.migrate(dataSource);
    LOG.info(() -> "Database schema is up to date (" + applied + " migrations applied now)");
    useCases
        .createFirstAccount()
        .createIfNoAccount(settings.adminEmail(), settings.adminPassword())
        .ifPresent(FirstStart::announce);
  }

  /**
   * The generated password goes to standard output, once, for the person starting the server; it is
   * not stored anywhere but as its hash. Whoever reads the console could sign in with it, so it
   * opens nothing but the change to a password of the person's own.
   */
  private static void announce(FirstAccount first) {
    String email = first.account().email().value();
    String password =
        first
            .generatedPassword()
            .map(
                generated ->
                    "password "
                        + generated.reveal()
                        + " (generated; shown only now: change it when you first sign in)")
            .orElse("the password set in PTK_ADMIN_PASSWORD");
    System.out.println(
        "\n  Personal Tokens: first account created. Sign in with "
            + email
            + " and "
            + password
            + "\n");
  }
}
