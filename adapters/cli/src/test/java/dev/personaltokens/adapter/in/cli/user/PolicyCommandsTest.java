package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.TokensCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admins' policy commands against a stand-in API: requests, output formats, exit codes. */
class PolicyCommandsTest extends SignedInToFakeApi {

  static final String PATH = "/api/admin/policy";

  /** The server's defaults, as no admin has set them. */
  static final String DEFAULTS =
      "{\"max_token_lifetime_days\":366,\"allowed_scopes\":[\"global\",\"read_only\"],"
          + "\"inactivity_days\":null,\"max_tokens_per_account\":null,"
          + "\"require_two_factor\":false,\"default_allowed_ips\":[],\"set_at\":null}";

  /** A policy an admin set, every limit on. */
  static final String STRICT =
      "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"global\"],"
          + "\"inactivity_days\":90,\"max_tokens_per_account\":5,"
          + "\"require_two_factor\":true,\"default_allowed_ips\":[\"10.0.0.0/8\",\"2001:db8::/32\"],"
          + "\"set_at\":\"2026-05-29T12:00:00Z\"}";

  @Test
  void showSaysEveryRuleInWords() {
    api.answer("GET", PATH, 200, DEFAULTS);

    Run run = cli.run("policy", "show");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            Maximum lifetime    366 days
            Allowed scopes      global, read_only
            Inactivity limit    off
            Tokens per account  unlimited
            Two-factor sign-in  not required
            Default addresses   any
            Saved               never by an admin: the server's defaults
            """);
  }

  @Test
  void showSaysEachLimitThatIsOnAndWhenItWasSaved() {
    api.answer("GET", PATH, 200, STRICT);

    Run run = cli.run("policy", "show");

    assertThat(run.out().lines().toList())
        .containsExactly(
            "Maximum lifetime    30 days",
            "Allowed scopes      global",
            "Inactivity limit    revoked after 90 days unused",
            "Tokens per account  at most 5",
            "Two-factor sign-in  required",
            "Default addresses   10.0.0.0/8, 2001:db8::/32",
            "Saved               2026-05-29 12:00 UTC (3 days ago)");
  }

  @Test
  void showAsJsonIsTheServersOwn() {
    api.answer("GET", PATH, 200, STRICT);

    Run run = cli.run("policy", "show", "-o", "json");

    assertThat(json(run.out())).isEqualTo(json(STRICT));
  }

  @Test
  void setChangesWhatIsGivenKeepsTheRestAndPutsEveryRule() {
    api.answer("GET", PATH, 200, DEFAULTS).answer("PUT", PATH, 200, STRICT);

    Run run =
        cli.run(
            "policy",
            "set",
            "--max-lifetime-days",
            "30",
            "--allowed-scopes",
            "GLOBAL",
            "--inactivity-days",
            "90",
            "--default-allow-ip",
            "10.0.0.0/8",
            "2001:DB8::/32");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(1).body()))
        .isEqualTo(
            json(
                "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"global\"],"
                    + "\"inactivity_days\":90,\"max_tokens_per_account\":null,"
                    + "\"require_two_factor\":false,"
                    + "\"default_allowed_ips\":[\"10.0.0.0/8\",\"2001:db8::/32\"]}"));
    assertThat(run.out())
        .startsWith("The policy is saved; every node applies it now:\nMaximum lifetime    30 days");
  }

  @Test
  void setTurnsLimitsOffAndClearsTheDefaultAddresses() {
    api.answer("GET", PATH, 200, STRICT).answer("PUT", PATH, 200, DEFAULTS);

    Run run =
        cli.run(
            "policy",
            "set",
            "--inactivity-days",
            "Off",
            "--max-tokens-per-account",
            "off",
            "--require-two-factor",
            "false",
            "--no-default-allow-ip",
            "-o",
            "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(1).body()))
        .isEqualTo(
            json(
                "{\"max_token_lifetime_days\":30,\"allowed_scopes\":[\"global\"],"
                    + "\"inactivity_days\":null,\"max_tokens_per_account\":null,"
                    + "\"require_two_factor\":false,\"default_allowed_ips\":[]}"));
    assertThat(json(run.out())).isEqualTo(json(DEFAULTS));
  }

  @Test
  void badUsageIsOneLineAndAsksNothingOfTheServer() {
    for (List<String> args :
        List.of(
            List.of("policy", "set"),
            List.of("policy", "set", "--default-allow-ip", "::1", "--no-default-allow-ip"),
            List.of("policy", "set", "--default-allow-ip", "10.0.0.0/33"),
            List.of("policy", "set", "--inactivity-days", "soon"),
            List.of("policy", "set", "--allowed-scopes", "global,admin"),
            List.of("policy", "set", "--require-two-factor", "maybe"))) {
      Run run = cli.run(args.toArray(String[]::new));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err().lines()).as(run.toString()).hasSize(1);
    }
    assertThat(api.requests()).isEmpty();
    assertThat(cli.run("policy", "set").errLines())
        .isEqualTo(
            "ptk: say what to change, e.g. --max-lifetime-days 90; 'ptk policy show' shows the"
                + " policy");
    assertThat(cli.run("policy", "set", "--default-allow-ip", "10.0.0.0/33").errLines())
        .contains("not an IP address or CIDR range: 10.0.0.0/33");
  }

  @Test
  void aValueTheServerRefusesIsOneLineInItsWords() {
    api.answer("GET", PATH, 200, DEFAULTS)
        .answer(
            "PUT",
            PATH,
            400,
            FakeApi.error(
                400,
                "policy.inactivity_days.invalid",
                "inactivity_days must be null or a whole number from 8 to 3650"));

    Run run = cli.run("policy", "set", "--inactivity-days", "3");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .isEqualTo("ptk: inactivity_days must be null or a whole number from 8 to 3650");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMemberIsToldInOneLineThatThisNeedsAnAdmin() {
    api.answer("GET", PATH, 403, People.FORBIDDEN);

    for (Run run :
        List.of(cli.run("policy", "show"), cli.run("policy", "set", "--max-lifetime-days", "30"))) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.FORBIDDEN);
      assertThat(run.errLines()).isEqualTo("ptk: this needs an admin of this server");
      assertThat(run.out()).isEmpty();
    }
  }
}
