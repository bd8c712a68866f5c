package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.settings.PtkSettings;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Callable;

/**
 * An operator's command: it runs use cases on the database named by DB_URL, DB_USER and
 * DB_PASSWORD. Failures of the rules and of the database become one line each.
 */
abstract class DatabaseCommand implements Callable<Integer> {

  final CliContext context;
  private final AdminConnector connector;

  DatabaseCommand(CliContext context, AdminConnector connector) {
    this.context = context;
    this.connector = connector;
  }

  /** The work of the command, on the opened database, by {@code operator}; the exit code. */
  abstract int run(AdminUseCases admin, Actor operator);

  @Override
  public Integer call() {
    PtkSettings settings = new PtkSettings(context.environment());
    DatabaseAddress address;
    Policies policies;
    try {
      address = DatabaseAddress.from(settings);
      policies = settings.policies();
    } catch (PtkSettings.SettingException e) {
      throw CliException.usage(e.getMessage());
    }
    try (AdminUseCases admin = connector.connect(address, policies)) {
      return run(admin, Actor.operator(context.machine().get()));
    } catch (DomainException e) {
      throw CliException.of(e.category(), e.getMessage());
    } catch (CliException e) {
      throw e;
    } catch (RuntimeException e) { // the database's, wrapped by whichever layer met it first
      throw databaseFailure(address, e);
    }
  }

  /** Tells "can't connect" from other failures by the JDK's own exceptions in the chain. */
  static CliException databaseFailure(DatabaseAddress address, Throwable failure) {
    SQLException sql = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException) {
        return CliException.unreachable(
            "cannot reach the database at "
                + address.url()
                + " as "
                + address.user()
                + ": "
                + firstLine(cause)
                + " (set DB_URL, DB_USER, DB_PASSWORD)");
      }
      if (cause instanceof SQLException found) {
        sql = found;
      }
    }
    Throwable reported = sql != null ? sql : rootOf(failure);
    return CliException.serverError("the database failed: " + firstLine(reported));
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private static String firstLine(Throwable failure) {
    String message = failure.getMessage();
    if (message == null || message.isBlank()) {
      return failure.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message);
  }
}
