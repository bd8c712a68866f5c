package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.Tokens.ID;
import static dev.personaltokens.adapter.in.cli.user.Tokens.OTHER_TOKEN;
import static dev.personaltokens.adapter.in.cli.user.Tokens.SESSION;
import static dev.personaltokens.adapter.in.cli.user.TokensCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.NewPassword;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Request;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** {@code ptk passwd}, and {@code ptk login} when the password must be changed first. */
class ChangePasswordCommandTest extends SigningInToFakeApi {

  static final String CURRENT = "the generated one 0123";
  static final String NEW = "my very own passphrase";
  static final String CHANGE = "/api/user/password";

  @Test
  void signsInForTheChangeOnlyChangesItAndSignsOut() {
    signInAnswers();
    api.answer("POST", CHANGE, 204, "");

    Run run = cli.runWithInput("alice@example.com\n" + CURRENT + "\n" + NEW + "\n", "passwd");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Request signIn = api.requests().get(0);
    assertThat(signIn.authorization()).isEqualTo("Basic " + basic("alice@example.com", CURRENT));
    Request change = api.requests().get(1);
    assertThat(change.method()).isEqualTo("POST");
    assertThat(change.path()).isEqualTo(CHANGE);
    assertThat(change.authorization()).isEqualTo("Token " + SESSION);
    JsonObject sent = json(change.body());
    assertThat(sent.getString("current_password")).isEqualTo(CURRENT);
    assertThat(sent.getString("new_password")).isEqualTo(NEW);
    assertThat(api.requests().get(2).method()).isEqualTo("DELETE");
    assertThat(api.requests().get(2).path()).isEqualTo("/api/tokens");
    assertThat(run.err())
        .contains("Email: ")
        .contains("Current password: ")
        .contains("New password: ");
    assertThat(run.out())
        .isEqualTo(
            "Password changed for alice@example.com. Your other sessions are signed out; your"
                + " personal tokens keep working.\n");
    assertThat(run.out() + run.err()).doesNotContain(CURRENT).doesNotContain(NEW);
  }

  @Test
  void takesTheEmailThisMachineSignedInAsAndTheNewPasswordFromTheEnvironment() {
    new ConfigFile(config)
        .save(
            new StoredLogin(
                api.url(),
                OTHER_TOKEN,
                ID,
                "alice@example.com",
                Instant.parse("2026-07-01T12:00:00Z")));
    signInAnswers();
    api.answer("POST", CHANGE, 204, "");

    Run run = cli.env(NewPassword.VARIABLE, NEW).runWithInput(CURRENT + "\n", "passwd");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).doesNotContain("Email").doesNotContain("New password");
    assertThat(api.requests().get(0).authorization())
        .isEqualTo("Basic " + basic("alice@example.com", CURRENT));
  }

  @Test
  void aCommonPasswordIsRefusedBeforeSigningIn() {
    Run run = cli.runWithInput("alice@example.com\n" + CURRENT + "\nPassword1234\n", "passwd");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .endsWith(
            "ptk: this password is one of the most common ones, which are guessed first; choose"
                + " another");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void aWrongCurrentPasswordIsOneLineAndChangesNothing() {
    api.answer(
        "POST",
        "/api/tokens",
        401,
        FakeApi.error(401, "auth.credentials.invalid", "the email or the password is wrong"));

    Run run = cli.runWithInput("alice@example.com\nwrong\n" + NEW + "\n", "passwd");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SIGNED_IN);
    assertThat(run.errLines()).endsWith("ptk: sign-in refused: the email or the password is wrong");
    assertThat(run.errLines().lines().filter(line -> line.startsWith("ptk: "))).hasSize(1);
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void aRefusedChangeSaysWhyInOneLineAndStillSignsOut() {
    signInAnswers();
    api.answer(
        "POST",
        CHANGE,
        400,
        FakeApi.error(
            400,
            "account.password.unchanged",
            "the new password must differ from the current one"));

    Run run = cli.runWithInput("alice@example.com\n" + CURRENT + "\n" + NEW + "\n", "passwd");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).endsWith("ptk: the new password must differ from the current one");
    assertThat(api.requests()).last().extracting(Request::method).isEqualTo("DELETE");
  }

  @Test
  void loginSaysInOneLineThatThePasswordMustBeChangedFirstAndStoresNothing() {
    signInAnswers();
    api.answer(
        "POST",
        "/api/iam/personal_tokens",
        409,
        FakeApi.error(
            409,
            "auth.password.change_required",
            "this account's password was given to you, not chosen by you: change it first"));

    Run run = cli.runWithInput("alice@example.com\n" + CURRENT + "\n", "login");

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
    assertThat(run.errLines())
        .endsWith(
            "ptk: your password was generated or set by an operator, so it must be changed"
                + " before anything else: run 'ptk passwd'");
    assertThat(api.requests()).last().extracting(Request::method).isEqualTo("DELETE");
    assertThat(Files.exists(config.resolve("config.json"))).isFalse();
  }

  private void signInAnswers() {
    api.answer(
            "POST",
            "/api/tokens",
            201,
            "{\"token\":\""
                + SESSION
                + "\",\"created_at\":\"2026-06-01T12:00:00Z\",\"expires_at\":\"2026-06-02T12:00:00Z\"}")
        .answer("DELETE", "/api/tokens", 204, "");
  }

  private static String basic(String email, String password) {
    return Base64.getEncoder()
        .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
