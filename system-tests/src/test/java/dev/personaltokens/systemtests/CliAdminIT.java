package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The operator's {@code ptk admin} commands, on the real database: create-account, reset-password,
 * purge-expired (security-log events and tokens), migrate, and a database that is down.
 */
@SharedServer.On
class CliAdminIT extends CliSupport {

  @Test
  void createdAccountSignsIn() {
    String newEmail = "ops-" + UUID.randomUUID() + "@it.example.com";

    Run created =
        ptk.runWithInput(
            "a-new-accounts-password\n", "admin", "create-account", "--email", newEmail);
    Run again =
        ptk.runWithInput(
            "a-new-accounts-password\n", "admin", "create-account", "--email", newEmail);

    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(created.out()).startsWith("Created account " + newEmail);
    assertThat(api.signIn(newEmail, "a-new-accounts-password").status()).isEqualTo(201);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(lastLine(again.err())).isEqualTo("ptk: an account with this email exists already");
  }

  @Test
  void resetPasswordReplacesThePasswordEndsSessionsAndMustBeChangedFirst() {
    String session = api.sessionOf(email, PASSWORD);

    Run run =
        ptk.env("PTK_NEW_PASSWORD", "the-reset-password")
            .run("admin", "reset-password", "--email", email);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.signIn(email, PASSWORD).status()).isEqualTo(401);
    assertThat(api.signIn(email, "the-reset-password").status()).isEqualTo(201);
    assertThat(api.get("api/user/me", session).status()).isEqualTo(401);
    String signedIn = api.sessionOf(email, "the-reset-password");
    assertThat(api.get("api/audit_events", signedIn).errorCode())
        .as("the operator chose it: it must be changed first")
        .isEqualTo("auth.password.change_required");
    NoSecretInTheSecurityLog.password("my own one after the reset");
    assertThat(
            api.postJson(
                    "api/user/password",
                    signedIn,
                    "{\"current_password\":\"the-reset-password\","
                        + "\"new_password\":\"my own one after the reset\"}")
                .status())
        .isEqualTo(204);
    JsonObject reset =
        api.get("api/audit_events?type=password.reset", signedIn)
            .json()
            .getJsonArray("results")
            .getJsonObject(0);
    assertThat(reset.getString("detail"))
        .as("the owner's log names the operator")
        .isEqualTo("by operator tester@it-host; 1 session(s) ended");
  }

  /**
   * The security log's retention is the server's setting, read the same way by the operator's
   * command: with PTK_AUDIT_RETENTION=P1D an event two days old goes, with the default it stays.
   */
  @Test
  void purgeExpiredDeletesSecurityLogEventsPastTheRetentionTheSettingsGive() throws Exception {
    api.signIn(email, "a-wrong-password-1"); // a session.failed event of this account
    try (var connection = TestDatabase.connection();
        var backdate =
            connection.prepareStatement(
                "UPDATE audit_events SET created_at = created_at - INTERVAL 2 DAY"
                    + " WHERE account_id = ?")) {
      backdate.setLong(1, account.id().value());
      assertThat(backdate.executeUpdate()).isPositive();
    }

    Run kept = ptk.run("admin", "purge-expired");
    assertThat(kept.out()).contains(" 0 security-log events from before ");
    assertThat(auditEventsOf(account)).isPositive();

    Run purged = ptk.env("PTK_AUDIT_RETENTION", "P1D").run("admin", "purge-expired");

    assertThat(purged.exitCode()).as(purged.toString()).isZero();
    assertThat(purged.out()).containsPattern(" [1-9]\\d* security-log events? from before ");
    assertThat(auditEventsOf(account)).isZero();
  }

  private static int auditEventsOf(Account account) throws java.sql.SQLException {
    try (var connection = TestDatabase.connection();
        var count =
            connection.prepareStatement("SELECT COUNT(*) FROM audit_events WHERE account_id = ?")) {
      count.setLong(1, account.id().value());
      try (var rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  @Test
  void purgeExpiredDeletesTokensThatEndedLongerAgo() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Instant longAgo = now.minus(Duration.ofDays(40));
    PersonalToken expiredLongAgo =
        token(account.id(), "old", longAgo.minus(Duration.ofDays(1)), longAgo, null);
    PersonalToken revokedLongAgo =
        token(
            account.id(),
            "revoked",
            longAgo.minus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(9)),
            longAgo);
    PersonalToken expiredRecently =
        token(
            account.id(),
            "recent",
            now.minus(Duration.ofDays(3)),
            now.minus(Duration.ofDays(2)),
            null);
    TestDatabase.plant(expiredLongAgo, revokedLongAgo, expiredRecently);

    Run run = ptk.run("admin", "purge-expired", "--older-than", "30d");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .matches("(?s)Deleted \\d+ personal tokens that expired or were revoked before .*");
    assertThat(stored(expiredLongAgo.id())).isFalse();
    assertThat(stored(revokedLongAgo.id())).isFalse();
    assertThat(stored(expiredRecently.id())).isTrue();
  }

  @Test
  void migrateFindsTheSchemaUpToDate() {
    Run run = ptk.run("admin", "migrate");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().strip()).isEqualTo("The database schema was already up to date.");
  }

  @Test
  void databaseThatIsDownIsUnreachable() throws IOException {
    String url = "jdbc:mariadb://127.0.0.1:" + LoopbackPort.free() + "/ptk";

    Run run = ptk.env("DB_URL", url).run("admin", "purge-expired");

    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.err().strip())
        .startsWith("ptk: cannot reach the database at " + url)
        .doesNotContain("\n");
  }

  private static boolean stored(TokenId id) {
    return TestDatabase.withTokens(tokens -> tokens.findById(id).isPresent());
  }
}
