package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.domain.token.PersonalToken;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The user's story on the command line, in-process: login with a password or a token, create, list
 * (every page), describe, delete (only on the word) and logout.
 */
@SharedServer.On
class CliStoryIT extends CliSupport {

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
}
