package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The admins' {@code ptk people} commands as the shaded jar runs them against the real server: add
 * a person (the link goes by mail), deactivate them with their token in use, reactivate; and a
 * member told in one line that it needs an admin.
 */
@SharedServer.On
class CliPeopleIT extends CliSupport {

  @Test
  void anAdminAddsDeactivatesAndReactivatesAPersonWithTheJar() throws Exception {
    Ptk admin =
        new Ptk(
            ptk.environment.get("PTK_SERVER"),
            java.nio.file.Files.createDirectories(home.resolve("admin")));
    Run login =
        admin.jar(SharedServer.ADMIN_EMAIL + "\n" + SharedServer.ADMIN_PASSWORD + "\n", "login");
    assertThat(login.exitCode()).as(login.toString()).isZero();
    String colleague = "jar-" + UUID.randomUUID() + "@it.example.com";

    Run added = admin.jar("", "people", "add", colleague);
    assertThat(added.exitCode()).as(added.toString()).isZero();
    assertThat(added.out()).contains("Added member " + colleague, "mailed to " + colleague);
    String id = added.out().replaceAll("(?s).*\\(id (\\d+)\\).*", "$1");
    String key = createdKey(7);
    Run listed = admin.jar("", "people", "list", "--search", colleague);
    Run deactivated = admin.jar("", "people", "deactivate", account.id().toString(), "--yes");

    assertThat(listed.out()).contains(colleague.substring(0, 20), "member", "active"); // cut to fit
    assertThat(deactivated.exitCode()).as(deactivated.toString()).isZero();
    assertThat(deactivated.out())
        .contains("Deactivated " + email + ": 1 personal token revoked, 1 session ended.");
    assertThat(api.get("api/user/me", key).errorCode()).isEqualTo("auth.token.revoked");

    Run reactivated = admin.jar("", "people", "reactivate", account.id().toString());
    assertThat(reactivated.exitCode()).as(reactivated.toString()).isZero();
    assertThat(api.signIn(email, PASSWORD).status()).isEqualTo(201);
    assertThat(id).as("the new person's id, printed").matches("\\d+");
  }

  @Test
  void aMemberIsToldInOneLineThatItNeedsAnAdmin() throws Exception {
    ptk.jar(email + "\n" + PASSWORD + "\n", "login");

    Run refused = ptk.jar("", "people", "list");

    assertThat(refused.exitCode()).isEqualTo(7);
    assertThat(refused.err().strip()).isEqualTo("ptk: this needs an admin of this server");
  }
}
