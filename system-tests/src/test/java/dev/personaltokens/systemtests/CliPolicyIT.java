package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The admins' {@code ptk policy} commands as the shaded jar runs them against the real server: show
 * the policy, change some rules and keep the others, a value the server refuses in one line; a
 * member's token that the new policy blocks, shown as such by {@code ptk tokens list}; a member
 * told that it needs an admin. The policy is every class's on the shared server: this class takes
 * it for writing ({@link SharedServer#POLICY}) and puts the defaults back after each test.
 */
@SharedServer.On
@ResourceLock(value = SharedServer.POLICY, mode = ResourceAccessMode.READ_WRITE)
class CliPolicyIT extends CliSupport {

  @AfterEach
  void defaultsBack() {
    String admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    assertThat(api.put("api/admin/policy", admin, PolicyIT.policy(366, "[]")).status())
        .isEqualTo(200);
  }

  @Test
  void anAdminChangesSomeRulesWithTheJarAndAMembersTokenBeyondThemIsListedAsBlocked()
      throws Exception {
    Ptk admin =
        new Ptk(ptk.environment.get("PTK_SERVER"), Files.createDirectories(home.resolve("admin")));
    Run login =
        admin.jar(SharedServer.ADMIN_EMAIL + "\n" + SharedServer.ADMIN_PASSWORD + "\n", "login");
    assertThat(login.exitCode()).as(login.toString()).isZero();
    createdKey(300); // the member's, made while the policy allows it

    Run shown = admin.jar("", "policy", "show");
    Run set =
        admin.jar(
            "",
            "policy",
            "set",
            "--max-lifetime-days",
            "45",
            "--allowed-scopes",
            "global",
            "--inactivity-days",
            "90",
            "--default-allow-ip",
            "10.0.0.0/8",
            "2001:DB8::/32");
    Run turnedOff =
        admin.jar(
            "", "policy", "set", "--inactivity-days", "off", "--no-default-allow-ip", "-o", "json");
    Run refused = admin.jar("", "policy", "set", "--max-lifetime-days", "0");
    Run help = admin.jar("", "policy", "set", "--help");

    assertThat(shown.exitCode()).as(shown.toString()).isZero();
    assertThat(shown.out()).contains("Maximum lifetime    366 days", "Inactivity limit    off");
    assertThat(set.exitCode()).as(set.toString()).isZero();
    assertThat(set.out())
        .contains(
            "The policy is saved; every node applies it now:",
            "Maximum lifetime    45 days",
            "Allowed scopes      global",
            "Inactivity limit    revoked after 90 days unused",
            "Default addresses   10.0.0.0/8, 2001:db8::/32");
    JsonObject kept = object(turnedOff.out());
    assertThat(kept.getInt("max_token_lifetime_days")).isEqualTo(45); // not given: kept
    assertThat(kept.getJsonArray("allowed_scopes")).hasSize(1);
    assertThat(kept.isNull("inactivity_days")).isTrue();
    assertThat(kept.getJsonArray("default_allowed_ips")).isEmpty();
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err().strip())
        .isEqualTo("ptk: max_token_lifetime_days must be a whole number from 1 to 3650");
    assertThat(help.out()).contains("--inactivity-days=DAYS|off", "--no-default-allow-ip");

    // The member's token lives longer than 45 days: it is blocked, and their list says why.
    ptk.jar(email + "\n" + PASSWORD + "\n", "login");
    Run listed = ptk.jar("", "tokens", "list");
    assertThat(listed.exitCode()).as(listed.toString()).isZero();
    assertThat(listed.out())
        .contains(
            "1 token is blocked by this server's policy, refused until it allows them:",
            "\"made by the test\": it exceeds the maximum lifetime of 45 days set on");
    for (Run run : new Run[] {shown, set, turnedOff, refused, help, listed}) {
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void aMemberIsToldInOneLineThatItNeedsAnAdmin() throws Exception {
    ptk.jar(email + "\n" + PASSWORD + "\n", "login");

    Run refused = ptk.jar("", "policy", "set", "--max-lifetime-days", "30");

    assertThat(refused.exitCode()).isEqualTo(7);
    assertThat(refused.err().strip()).isEqualTo("ptk: this needs an admin of this server");
  }
}
