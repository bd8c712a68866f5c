package dev.personaltokens.adapter.in.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.NewPassword;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The operator's commands on the use cases over in-memory fakes. */
class AdminCommandsTest extends OnInMemoryAdmin {

  static final String PASSWORD = "a long enough password";

  @Test
  void createAccountTakesThePasswordFromStandardInput() {
    Run run =
        cli.runWithInput(PASSWORD + "\n", "admin", "create-account", "--email", "Bob@Example.com");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .isEqualTo("Created account bob@example.com (id 1)." + System.lineSeparator());
    assertThat(signsIn("bob@example.com", PASSWORD)).isTrue();
    assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
    assertThat(admin.closed).isTrue();
  }

  @Test
  void createAccountTakesThePasswordFromTheEnvironment() {
    Run run =
        cli.env(NewPassword.VARIABLE, PASSWORD)
            .run("admin", "create-account", "--email", "bob@example.com");

    assertThat(run.exitCode()).isZero();
    assertThat(signsIn("bob@example.com", PASSWORD)).isTrue();
  }

  @Test
  void readsTheServersDatabaseSettings() {
    cli.env("DB_URL", "jdbc:mariadb://db:3306/ptk")
        .env("DB_USER", "ops")
        .env("DB_PASSWORD", "s3cret");

    cli.env(NewPassword.VARIABLE, PASSWORD)
        .run("admin", "create-account", "--email", "bob@example.com");

    assertThat(admin.connections)
        .containsExactly(new DatabaseAddress("jdbc:mariadb://db:3306/ptk", "ops", "s3cret"));
    assertThat(admin.connections.get(0).toString()).doesNotContain("s3cret");
  }

  /** That these are the server's own defaults is SharedConstantsTest's, where both are seen. */
  @Test
  void withoutSettingsUsesTheServersDefaults() {
    cli.env(NewPassword.VARIABLE, PASSWORD).run("admin", "migrate");

    assertThat(admin.connections)
        .containsExactly(new DatabaseAddress("jdbc:mariadb://127.0.0.1:3306/ptk", "ptk", ""));
  }

  @Test
  void shortPasswordIsRefused() {
    Run run = cli.runWithInput("short\n", "admin", "create-account", "--email", "bob@example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).endsWith("ptk: a password needs at least 12 characters");
    assertThat(app.accounts().size()).isZero();
  }

  @Test
  void takenEmailIsRefused() {
    app.account("bob@example.com", PASSWORD);

    Run run =
        cli.runWithInput(PASSWORD + "\n", "admin", "create-account", "--email", "bob@example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.errLines()).endsWith("ptk: an account with this email exists already");
  }

  @Test
  void badEmailIsAUsageError() {
    Run run = cli.runWithInput(PASSWORD + "\n", "admin", "create-account", "--email", "bob");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).isEqualTo("ptk: email must look like name@example.com");
  }

  @Test
  void resetPasswordSetsTheNewOne() {
    app.account("bob@example.com", PASSWORD);

    Run run =
        cli.runWithInput(
            "another long password\n", "admin", "reset-password", "--email", "bob@example.com");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Set a new password for bob@example.com");
    assertThat(signsIn("bob@example.com", "another long password")).isTrue();
    assertThat(signsIn("bob@example.com", PASSWORD)).isFalse();
  }

  @Test
  void resetPasswordOfAnUnknownAccountIsNotFound() {
    Run run =
        cli.runWithInput(PASSWORD + "\n", "admin", "reset-password", "--email", "x@example.com");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.errLines()).endsWith("ptk: no account with the email x@example.com");
  }

  @Test
  void purgeExpiredSaysHowManyItDeleted() {
    AccountId bob = app.account("bob@example.com", PASSWORD).id();
    app.token(bob, "long gone", Duration.ofDays(1));
    app.token(bob, "recently expired", Duration.ofDays(20));
    app.clock().advance(Duration.ofDays(30));

    Run run = cli.run("admin", "purge-expired", "--older-than", "2w");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Deleted 1 personal token that expired or were revoked before 2026-01-17 00:00 UTC,"
                + " 0 expired sessions and 0 security-log events from before 2024-12-27 00:00 UTC"
                + " (PTK_AUDIT_RETENTION)."
                + System.lineSeparator());
    assertThat(app.tokens().all()).hasSize(1);
  }

  /** The server's retention, read as the server reads it - not a default of the command line's. */
  @Test
  void purgeExpiredObeysTheAuditRetentionTheSettingsGive() {
    cli.env("PTK_AUDIT_RETENTION", "P1D").run("admin", "purge-expired");
    cli.env("PTK_AUDIT_RETENTION", "").run("admin", "purge-expired");

    assertThat(admin.policies)
        .extracting(policies -> policies.auditRetention())
        .containsExactly(Duration.ofDays(1), Duration.ofDays(400));
  }

  @Test
  void aSettingThatCantBeReadIsOneLineNamingIt() {
    Run run = cli.env("PTK_AUDIT_RETENTION", "1 day").run("admin", "purge-expired");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .isEqualTo(
            "ptk: PTK_AUDIT_RETENTION must be an ISO-8601 duration such as P400D or PT24H, not"
                + " 1 day");
    assertThat(admin.connections).isEmpty();
  }

  @Test
  void purgeExpiredDefaultsToThirtyDays() {
    Run run = cli.run("admin", "purge-expired");

    assertThat(run.out()).contains("before 2025-12-02 00:00 UTC");
  }

  @Test
  void migrateSaysWhatItApplied() {
    admin.migrations = 1;
    assertThat(cli.run("admin", "migrate").out())
        .isEqualTo(
            "Applied 1 migration; the database schema is up to date." + System.lineSeparator());
    admin.migrations = 0;
    assertThat(cli.run("admin", "migrate").out()).contains("already up to date");
  }

  @Test
  void databaseThatCantBeReachedIsUnreachable() {
    cli.admin(
        (address, policies) -> {
          throw new IllegalStateException(
              "Exception [EclipseLink-4002]\nInternal Exception: ...",
              new SQLNonTransientConnectionException(
                  "Socket fail to connect to 127.0.0.1:1. Connection refused",
                  "08000",
                  new ConnectException("Connection refused")));
        });

    Run run = cli.run("admin", "migrate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.errLines())
        .isEqualTo(
            "ptk: cannot reach the database at jdbc:mariadb://127.0.0.1:3306/ptk as ptk:"
                + " Socket fail to connect to 127.0.0.1:1. Connection refused"
                + " (set DB_URL, DB_USER, DB_PASSWORD)");
  }

  @Test
  void otherDatabaseFailuresAreServerErrors() {
    cli.admin(
        (address, policies) -> {
          throw new IllegalStateException(
              "wrapped", new SQLSyntaxErrorException("Table 'ptk.accounts' doesn't exist\nmore"));
        });

    Run run = cli.run("admin", "migrate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.SERVER_ERROR);
    assertThat(run.errLines())
        .isEqualTo("ptk: the database failed: Table 'ptk.accounts' doesn't exist");
  }

  private boolean signsIn(String email, String password) {
    return app.accounts()
        .findByEmail(new Email(email))
        .map(account -> app.hasher().matches(Password.presented(password), account.passwordHash()))
        .orElse(false);
  }
}
