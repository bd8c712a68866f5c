package dev.personaltokens.adapter.in.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.audit.AuditEventType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ptk audit} against a stand-in API. */
class AuditCommandTest extends SignedInToFakeApi {

  static final String LOG = "/api/audit_events?page=1&page_size=100";
  static final String INSTANCE = "/api/admin/audit_events?page=1&page_size=100";
  static final String DEPLOY = "{\"uuid\":\"u\",\"name\":\"deploy\",\"hint\":\"ptk_...ab12\"}";
  static final String ADMIN_ACTOR =
      "\"detail\":\"\",\"actor\":{\"id\":1,\"email\":\"admin@example.com\"}}";

  @Test
  void showsTheLogInWordsWithTokenAddressAndClient() {
    api.answer(
        "GET",
        LOG,
        200,
        page(
            3,
            event(
                "token.created",
                "{\"uuid\":\"u\",\"name\":\"deploy\",\"hint\":\"ptk_...ab12\"}",
                "198.51.100.7",
                "curl/8.5.0"),
            event("session.failed", "null", "203.0.113.66", null)));

    Run run = cli.run("audit");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines().toList().get(0))
        .contains("WHEN", "WHAT", "TOKEN", "ADDRESS", "CLIENT");
    assertThat(run.out())
        .contains("Token created", "deploy (ptk_...ab12)", "198.51.100.7", "curl/8.5.0")
        .contains("Wrong password", "203.0.113.66")
        .contains("Newest 2 of 3 events; times in UTC.");
  }

  @Test
  void filtersByTypeOnTheServerAndRefusesAnUnknownOneWithoutCallingIt() {
    api.answer("GET", LOG + "&type=session.failed", 200, page(0));

    Run filtered = cli.run("audit", "--type", "session.failed");
    Run unknown = cli.run("audit", "--type", "everything");

    assertThat(filtered.out()).contains("No events of type session.failed.");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.errLines()).contains("type must be one of");
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void asJsonIsTheApisEvents() {
    api.answer("GET", LOG, 200, page(1, event("session.created", "null", null, null)));

    Run run = cli.run("audit", "-o", "json");

    assertThat(run.out()).startsWith("[").contains("\"type\": \"session.created\"");
  }

  @Test
  void allShowsTheInstancesLogWithWhoseLogAndWhoDidIt() {
    api.answer(
        "GET",
        INSTANCE,
        200,
        page(
            250,
            entry(
                7,
                "dana@example.com",
                event("token.revoked_by_admin", DEPLOY, "198.51.100.7", "ptk-cli")
                    .replace("\"detail\":\"\"}", ADMIN_ACTOR)),
            entry(
                8,
                "erin@example.com",
                event("password.reset", "null", null, null)
                    .replace(
                        "\"detail\":\"\"}",
                        "\"detail\":\"\",\"actor\":{\"operator\":\"root@db1\"}}")),
            entry(9, "fay@example.com", event("session.created", "null", null, null))));

    Run run = cli.run("audit", "--all");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("WHEN")
        .contains("ACCOUNT", "WHAT", "TOKEN", "BY", "ADDRESS", "CLIENT");
    assertThat(lines.get(1))
        .contains("dana@example.com", "Token revoked by an admin", "deploy (ptk_...ab12)")
        .contains("admin@example.com", "198.51.100.7", "ptk-cli");
    assertThat(lines.get(2)).contains("erin@example.com", "Password reset", "operator root@db1");
    assertThat(lines.get(3)).contains("fay@example.com", "Signed in");
    assertThat(lines.get(4)).isEqualTo("Newest 3 of 250 events; times in UTC.");
  }

  @Test
  void allSendsEveryFilterAndTakesDatesAsWholeDays() {
    api.answer(
            "GET",
            INSTANCE
                + "&type=token.revoked_by_admin&account=7&actor=1"
                + "&since=2026-05-01T00%3A00%3A00Z&until=2026-06-01T00%3A00%3A00Z",
            200,
            page(0))
        .answer(
            "GET",
            INSTANCE + "&since=2026-05-01T08%3A30%3A00Z&until=2026-05-02T00%3A00%3A00Z",
            200,
            page(0));

    Run dates =
        cli.run(
            "audit",
            "--all",
            "--type",
            "token.revoked_by_admin",
            "--account",
            "7",
            "--actor",
            "1",
            "--since",
            "2026-05-01",
            "--until",
            "2026-05-31");
    Run instants =
        cli.run("audit", "--all", "--since", "2026-05-01T08:30:00Z", "--until", "2026-05-01");

    assertThat(dates.exitCode()).as(dates.toString()).isZero();
    assertThat(dates.out())
        .isEqualTo("No events of type token.revoked_by_admin that match these filters.\n");
    assertThat(instants.exitCode()).as(instants.toString()).isZero();
    assertThat(api.requests()).hasSize(2);
  }

  @Test
  void allAsJsonIsTheServersOwnEntries() {
    api.answer(
        "GET",
        INSTANCE,
        200,
        page(1, entry(7, "dana@example.com", event("session.created", "null", null, null))));

    Run run = cli.run("audit", "--all", "-o", "json");

    JsonArray entries = Json.createReader(new StringReader(run.out())).readArray();
    assertThat(entries.getJsonObject(0).getJsonObject("account").getString("email"))
        .isEqualTo("dana@example.com");
    assertThat(entries.getJsonObject(0).getJsonObject("event").getString("type"))
        .isEqualTo("session.created");
  }

  @Test
  void aMemberIsToldInOneLineThatTheInstancesLogNeedsAnAdmin() {
    api.answer("GET", INSTANCE, 403, People.FORBIDDEN);

    Run run = cli.run("audit", "--all");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FORBIDDEN);
    assertThat(run.errLines()).isEqualTo("ptk: this needs an admin of this server");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badInputIsOneLineWithoutARequest() {
    for (Run run :
        List.of(
            cli.run("audit", "--account", "7"),
            cli.run("audit", "--all", "--since", "yesterday"),
            cli.run("audit", "--all", "--until", "2026-13-01"),
            cli.run("audit", "--all", "--since", "2026-06-02", "--until", "2026-06-01"),
            cli.run("audit", "--all", "--actor", "0"),
            cli.run("audit", "--all", "--account", "dana"),
            cli.run("audit", "--all", "--type", "everything"))) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(run.errLines()).as(run.toString()).startsWith("ptk: ").doesNotContain("\n");
      assertThat(run.out()).isEmpty();
    }
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void everyTypeHasWords() {
    assertThat(AuditCommand.WORDS.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(AuditEventType.values()).map(AuditEventType::code).toList());
  }

  private static String event(String type, String token, String ip, String agent) {
    return "{\"uuid\":\"e\",\"type\":\""
        + type
        + "\",\"created\":\"2026-05-01T08:00:00Z\",\"ip\":"
        + (ip == null ? "null" : "\"" + ip + "\"")
        + ",\"user_agent\":"
        + (agent == null ? "null" : "\"" + agent + "\"")
        + ",\"token\":"
        + token
        + ",\"detail\":\"\"}";
  }

  private static String entry(long id, String email, String event) {
    return "{\"account\":{\"id\":" + id + ",\"email\":\"" + email + "\"},\"event\":" + event + "}";
  }

  private static String page(int count, String... events) {
    return "{\"count\":"
        + count
        + ",\"total_pages\":1,\"schema_version\":3,\"links\":{\"previous\":null,\"next\":null},"
        + "\"results\":["
        + String.join(",", events)
        + "]}";
  }
}
