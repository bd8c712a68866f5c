package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.Tokens.ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --allow-ip} on create and rotate, and the addresses in what the commands show. */
class AllowedIpsCommandsTest extends SignedInToFakeApi {

  static final String TOKENS = "/api/iam/personal_tokens";
  static final String ROTATE = TOKENS + "/" + ID + "/rotate";
  static final String NEW_ID = "11111111-2222-4333-8444-555555555555";

  /** A token as the API answers it, bound to {@code allowedIps} (a JSON array). */
  private static String token(String uuid, String allowedIps, boolean withKey) {
    return "{\"uuid\":\""
        + uuid
        + "\",\"name\":\"office\","
        + (withKey ? "\"key\":\"" + Tokens.OTHER_TOKEN + "\",\"user_id\":1," : "")
        + "\"description\":\"\",\"scope\":\"global\",\"hint\":\"ptk_...x1y2\","
        + "\"created\":\"2026-05-01T08:00:00Z\",\"last_modified\":\"2026-05-01T08:00:00Z\","
        + "\"expires_at\":\"2026-07-01T00:00:00Z\",\"last_used_at\":null,\"last_used_ip\":null,"
        + "\"allowed_ips\":"
        + allowedIps
        + "}";
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private List<String> sentAllowedIps() {
    return json(api.requests().get(0).body())
        .getJsonArray("allowed_ips")
        .getValuesAs(JsonString::getString);
  }

  @Test
  void createSendsTheAddressesCanonicallyAndSaysWhereTheTokenWorks() {
    api.answer(
        "POST", TOKENS, 201, token(ID, "[\"10.0.0.0/8\",\"2001:db8::/32\",\"192.0.2.7\"]", true));

    Run run =
        cli.run(
            "tokens",
            "create",
            "--name",
            "office",
            "--expires-in",
            "30d",
            "--allow-ip",
            "10.0.0.0/8",
            "--allow-ip",
            "2001:DB8::/32,::ffff:192.0.2.7");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(sentAllowedIps()).containsExactly("10.0.0.0/8", "2001:db8::/32", "192.0.2.7");
    assertThat(run.out())
        .contains(
            "(id "
                + ID
                + ", scope Global, allowed from 10.0.0.0/8, 2001:db8::/32, 192.0.2.7), expiring");
  }

  @Test
  void createWithoutAddressesSendsNoneAndLeavesItToTheServer() {
    api.answer("POST", TOKENS, 201, token(ID, "[]", true));

    Run run = cli.run("tokens", "create", "--name", "office", "--expires-in", "30d");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(0).body()).containsKey("allowed_ips")).isFalse();
    assertThat(run.out()).doesNotContain("allowed from");
  }

  @Test
  void createRefusesAnAddressThatIsNoneWithoutCallingTheServer() {
    Run junk =
        cli.run("tokens", "create", "--name", "x", "--expires-in", "1d", "--allow-ip", "intranet");
    Run hostBits =
        cli.run(
            "tokens", "create", "--name", "x", "--expires-in", "1d", "--allow-ip", "10.1.2.3/8");

    assertThat(junk.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(junk.errLines())
        .isEqualTo("ptk: --allow-ip: not an IP address or CIDR range: intranet");
    assertThat(hostBits.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(hostBits.err()).contains("write 10.0.0.0/8 for the block");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void createRefusesMoreThanTwentyAddresses() {
    StringBuilder many = new StringBuilder("192.0.2.0");
    for (int i = 1; i < 21; i++) {
      many.append(",192.0.2.").append(i);
    }

    Run run =
        cli.run(
            "tokens", "create", "--name", "x", "--expires-in", "1d", "--allow-ip", many.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--allow-ip: at most 20 addresses or ranges");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void rotateKeepsTheAddressesUnlessToldOtherwise() {
    api.answer("POST", ROTATE, 201, token(NEW_ID, "[\"10.0.0.0/8\"]", true));

    cli.run("tokens", "rotate", ID);
    cli.run("tokens", "rotate", ID, "--allow-ip", "192.0.2.0/24");
    cli.run("tokens", "rotate", ID, "--allow-any-ip");

    assertThat(json(api.requests().get(0).body())).doesNotContainKey("allowed_ips");
    assertThat(json(api.requests().get(1).body()).getJsonArray("allowed_ips"))
        .containsExactly(Json.createValue("192.0.2.0/24"));
    assertThat(json(api.requests().get(2).body()).getJsonArray("allowed_ips")).isEmpty();
  }

  @Test
  void rotateTakesNewAddressesOrAnyButNotBoth() {
    Run run = cli.run("tokens", "rotate", ID, "--allow-ip", "10.0.0.0/8", "--allow-any-ip");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void listAndDescribeShowWhereEachTokenWorks() {
    api.answer(
            "GET",
            TOKENS + "?page=1&page_size=100&search=",
            200,
            Tokens.page(
                2,
                1,
                token(ID, "[\"10.0.0.0/8\",\"2001:db8::/32\"]", false),
                token(NEW_ID, "[]", false)))
        .answer(
            "GET", TOKENS + "/" + ID, 200, token(ID, "[\"10.0.0.0/8\",\"2001:db8::/32\"]", false));

    Run list = cli.run("tokens", "list");
    Run describe = cli.run("tokens", "describe", ID);

    List<String> lines = list.out().lines().toList();
    assertThat(lines.get(0)).contains("SCOPE", "ALLOWED FROM", "LAST MODIFIED");
    assertThat(lines.get(1)).contains(ID).contains("10.0.0.0/8, 2001:db8::/32");
    assertThat(lines.get(2)).contains(NEW_ID).containsPattern("Global +any +2026");
    assertThat(describe.out()).contains("Allowed from   10.0.0.0/8, 2001:db8::/32");
  }

  @Test
  void theCredentialsInventoryShowsWhereEachTokenWorks() {
    api.answer(
        "GET",
        CredentialsCommandsTest.INVENTORY,
        200,
        Tokens.page(
            2,
            1,
            CredentialsCommandsTest.token(ID, "deploy", 7, "dana@example.com", "null", "null")
                .replace(
                    "\"scope\":\"global\",",
                    "\"scope\":\"global\",\"allowed_ips\":[\"10.0.0.0/8\"],"),
            CredentialsCommandsTest.token(NEW_ID, "ci", 1, "admin@example.com", "null", "null")));

    Run run = cli.run("credentials", "list");

    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).contains("SCOPE", "ALLOWED FROM", "CREATED");
    assertThat(lines.get(1)).contains("Global", "10.0.0.0/8");
    assertThat(lines.get(2)).containsPattern("Global +any +2026");
  }
}
