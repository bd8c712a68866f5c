package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.Tokens.TOKEN;
import static dev.personaltokens.adapter.in.cli.user.TokensCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Request;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ptk two-factor enable|disable} against a stand-in API. */
class TwoFactorCommandsTest extends SignedInToFakeApi {

  static final String PATH = "/api/user/two_factor";
  static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
  static final String URI = "otpauth://totp/Personal%20Tokens:alice%40example.com?secret=" + SECRET;
  static final String ENROLMENT =
      "{\"secret\":\"" + SECRET + "\",\"otpauth_uri\":\"" + URI + "\",\"qr_svg\":\"<svg/>\"}";
  static final String CODES =
      "{\"recovery_codes\":[\"aaaa-bbbb-cccc-dddd\",\"eeee-ffff-gggg-hhhh\"]}";
  static final String WRONG =
      FakeApi.error(400, "two_factor.code.invalid", "the code is wrong or was used already");

  @Test
  void enableShowsTheKeyAndUriAsksForTheCodeAndShowsTheRecoveryCodesOnce() {
    api.answer("POST", PATH, 200, ENROLMENT).answer("POST", PATH + "/confirm", 200, CODES);

    Run run = cli.runWithInput("123 456\n", "two-factor", "enable");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("  GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ")
        .contains("  " + URI)
        .contains("Two-factor sign-in is on")
        .contains("  aaaa-bbbb-cccc-dddd", "  eeee-ffff-gggg-hhhh");
    assertThat(run.err()).contains("Code from the app: ");
    List<Request> requests = api.requests();
    assertThat(requests).extracting(Request::authorization).containsOnly("Token " + TOKEN);
    assertThat(json(requests.get(1).body()).getString("code")).isEqualTo("123 456");
  }

  @Test
  void aWrongCodeIsAskedAgainThreeTimesAtMost() {
    api.answer("POST", PATH, 200, ENROLMENT)
        .answerInTurn(
            "POST",
            PATH + "/confirm",
            FakeApi.json(400, WRONG),
            FakeApi.json(400, WRONG),
            FakeApi.json(200, CODES));

    Run run = cli.runWithInput("111111\n222222\n333333\n", "two-factor", "enable");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err().lines().filter(line -> line.startsWith("ptk: ")))
        .containsExactly(
            "ptk: the code is wrong or was used already",
            "ptk: the code is wrong or was used already");
    assertThat(run.out()).contains("aaaa-bbbb-cccc-dddd");

    api.answer("POST", PATH + "/confirm", 400, WRONG);
    Run failed = cli.runWithInput("1\n2\n3\n4\n", "two-factor", "enable");

    assertThat(failed.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(failed.out()).doesNotContain("Two-factor sign-in is on");
    assertThat(api.requests()).filteredOn(r -> r.path().endsWith("/confirm")).hasSize(3 + 3);
  }

  @Test
  void noCodeLeavesItOff() {
    api.answer("POST", PATH, 200, ENROLMENT);

    Run run = cli.runWithInput("\n", "two-factor", "enable");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).endsWith("ptk: no code was given; two-factor sign-in stays off");
  }

  @Test
  void enablingWhileOnSaysToTurnItOffFirst() {
    api.answer(
        "POST",
        PATH,
        409,
        FakeApi.error(409, "two_factor.enabled", "two-factor sign-in is on already"));

    Run run = cli.run("two-factor", "enable");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.errLines()).endsWith("ptk: two-factor sign-in is on already");
  }

  @Test
  void disableSendsTheCodeInTheHeader() {
    api.answer("DELETE", PATH, 204, "");

    Run run = cli.runWithInput(" aaaa-bbbb-cccc-dddd \n", "two-factor", "disable");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Two-factor sign-in is off");
    assertThat(api.requests())
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.method()).isEqualTo("DELETE");
              assertThat(request.otp()).isEqualTo("aaaa-bbbb-cccc-dddd");
              assertThat(request.body()).isEmpty();
            });
  }

  @Test
  void aWrongCodeDoesNotTurnItOff() {
    api.answer("DELETE", PATH, 400, WRONG);

    Run run = cli.runWithInput("000000\n", "two-factor", "disable");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).endsWith("ptk: the code is wrong or was used already");
  }

  @Test
  void helpSaysWhatItDoesAndThatTokensAreNotAffected() {
    Run run = cli.run("two-factor", "--help");

    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("enable", "disable", "Personal tokens are not affected");
  }
}
