package dev.personaltokens.adapter.in.cli.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.audit.AuditEventType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@code ptk audit} against a stand-in API. */
class AuditCommandTest extends SignedInToFakeApi {

  static final String LOG = "/api/audit_events?page=1&page_size=100";

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

  private static String page(int count, String... events) {
    return "{\"count\":"
        + count
        + ",\"total_pages\":1,\"schema_version\":3,\"links\":{\"previous\":null,\"next\":null},"
        + "\"results\":["
        + String.join(",", events)
        + "]}";
  }
}
