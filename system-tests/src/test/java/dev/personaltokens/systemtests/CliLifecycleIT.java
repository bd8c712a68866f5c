package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A token's lifecycle on the command line, in-process: rotating the machine's own token and another
 * by id, searching the list, and deleting every token at once.
 */
@SharedServer.On
class CliLifecycleIT extends CliSupport {

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

  private String idOfTheTokenNamed(String name, String key) {
    JsonObject self = api.get("api/iam/personal_tokens/self", key).json();
    assertThat(self.getString("name")).isEqualTo(name);
    return self.getString("uuid");
  }
}
