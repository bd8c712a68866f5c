package dev.personaltokens.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.user.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How arguments are read, and how a wrong one is told: one line, exit code 2, no request. */
class ArgumentsTest {

  @TempDir Path config;
  Cli cli;

  @BeforeEach
  void signedInToNowhere() throws IOException {
    cli = new Cli(config).env("PTK_TOKEN", Tokens.TOKEN).env("PTK_SERVER", Cli.closedServer());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tokens create --expires-in 7d | Missing required option: '--name=NAME'",
        "tokens create --name x | --expires-in=PRESET | --expires-at=DATE",
        "tokens create --name x --expires-in 7d --expires-at 2027-01-01 | mutually exclusive",
        "tokens create --name x --expires-in 2d | expected one of 1d, 7d, 15d, 30d, 90d, 1y",
        "tokens create --name x --expires-at soon | expected a date such as 2027-07-26",
        "tokens create --name ' ' --expires-in 7d | name is required",
        "tokens list --output xml | expected table or json, not 'xml'",
        "tokens list --page 2 | unknown option '--page'",
        "tokens describe | Missing required parameter: 'ID'",
        "tokens describe not-a-uuid | 'not-a-uuid' is not a token id",
        "tokens delete 12345 --yes | '12345' is not a token id",
        "token list | 'token' is not a command or argument here (did you mean 'tokens'?)",
        "tokens create --name y | ptk: Missing required argument (specify one of these)",
        "whoami --server localhost:8080 | the server address 'localhost:8080' is not an http(s) URL",
        "admin purge-expired --older-than forever | expected a number of hours, days or weeks",
        "people deactivate abc | 'abc' is not a person's id; ids are numbers",
        "people reactivate 0 | '0' is not a person's id",
        "people link -5 | '-5' is not a person's id",
        "people role 7 owner | expected member or admin, not 'owner'",
        "people role 7 | Missing required parameter: 'ROLE'",
        "people list --status gone | expected active or deactivated, not 'gone'",
        "people add bob | email must look like name@example.com",
        "people add bob@example.com --role root | expected member or admin, not 'root'"
      })
  void badUsageIsOneLineWithExitCode2AndNoRequest(String arguments, String expected) {
    Run run = cli.run(split(arguments));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).contains(expected).doesNotContain("\n").startsWith("ptk: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorPointsToTheHelpOfItsCommand() {
    Run run = cli.run("tokens", "create", "--name", "x");

    assertThat(run.errLines()).endsWith("see 'ptk tokens create --help'");
  }

  @Test
  void noCommandShowsTheHelp() {
    Run run = cli.run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: ptk", "login", "tokens", "admin", "Exit codes:");
  }

  @Test
  void helpOfACommandListsItsOptions() {
    Run run = cli.run("tokens", "create", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--name=NAME", "--expires-in=PRESET", "--expires-at=DATE", "--output=FORMAT");
  }

  @Test
  void versionIsShown() {
    Run run = cli.run("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("ptk ");
  }

  @Test
  void outputFormatIsReadInAnyCase() {
    Run run = cli.run("tokens", "list", "--output", "JSON");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.UNREACHABLE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--server URL tokens list | tokens list --server URL",
        "--server=URL tokens list -o json | tokens list -o json --server=URL",
        "tokens list --server URL | tokens list --server URL",
        "--server URL | --server URL",
        "--help | --help"
      })
  void serverMayComeBeforeTheCommand(String typed, String read) {
    assertThat(PtkCommand.serverLast(split(typed))).containsExactly(split(read));
  }

  @Test
  void serverBeforeTheCommandIsUsed() throws IOException {
    Run run = cli.run("--server", Cli.closedServer(), "tokens", "list");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.err()).contains("cannot reach http://127.0.0.1:");
  }

  private static String[] split(String arguments) {
    return java.util.Arrays.stream(arguments.strip().split(" (?=(?:[^']*'[^']*')*[^']*$)"))
        .map(argument -> argument.replaceAll("^'(.*)'$", "$1"))
        .toArray(String[]::new);
  }
}
