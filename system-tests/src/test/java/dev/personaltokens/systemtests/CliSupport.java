package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.SecretKind;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the {@code Cli*IT} classes share: the {@code ptk} command line against the built WAR on the
 * shared server and a real MariaDB, in-process through its command classes and as the shaded jar.
 * Each test signs in as an account of its own, in a home directory of its own. Each subclass is
 * annotated {@link SharedServer.On}.
 */
abstract class CliSupport {

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

  /** A personal token of the test's account, through the API, valid {@code days} days. */
  String createdKey(int days) {
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

  static PersonalToken token(
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

  static String key(String out) {
    Matcher key = KEY.matcher(out);
    assertThat(key.find()).as(out).isTrue();
    return key.group();
  }

  static String storedToken(Path config) throws IOException {
    return object(Files.readString(config)).getString("token");
  }

  static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  static String lastLine(String text) {
    var lines = text.strip().lines().toList();
    return lines.get(lines.size() - 1);
  }

  static JsonArray array(String json) {
    return Json.createReader(new StringReader(json)).readArray();
  }

  static JsonObject object(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
