package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.Tokens.ID;
import static dev.personaltokens.adapter.in.cli.user.Tokens.OTHER_TOKEN;
import static dev.personaltokens.adapter.in.cli.user.Tokens.SESSION;
import static dev.personaltokens.adapter.in.cli.user.Tokens.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli;
import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Request;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** login, whoami and logout against a stand-in API. */
class SignInCommandsTest extends SigningInToFakeApi {

  static final String ME =
      "{\"results\":{\"client_id\":\"7\",\"id\":7,\"email\":\"alice@example.com\","
          + "\"role\":\"admin\",\"two_factor\":true}}";

  static final String SIGNED_IN =
      "{\"token\":\""
          + SESSION
          + "\",\"created_at\":\"2026-06-01T12:00:00Z\",\"expires_at\":\"2026-06-02T12:00:00Z\"}";

  @Test
  void loginWithPasswordCreatesAThirtyDayTokenForThisMachineAndStoresItOwnerOnly()
      throws IOException {
    signInAnswers();

    Run run = cli.runWithInput("alice@example.com\ncorrect horse battery\n", "login");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Request signIn = api.requests().get(0);
    assertThat(signIn.authorization())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        "alice@example.com:correct horse battery"
                            .getBytes(StandardCharsets.UTF_8)));
    JsonObject created = TokensCommandsTest.json(api.requests().get(1).body());
    assertThat(created.getString("name")).isEqualTo("ptk CLI alice@laptop");
    assertThat(created.getString("expires_at")).isEqualTo("2026-07-01T12:00:00Z");
    assertThat(api.requests().get(2).method()).isEqualTo("DELETE");
    assertThat(api.requests().get(2).path()).isEqualTo("/api/tokens");
    assertThat(api.requests().get(2).authorization()).isEqualTo("Token " + SESSION);

    assertThat(run.out())
        .contains("Signed in to " + api.url() + " as alice@example.com.")
        .contains("stored it in " + config.resolve("config.json") + " (readable by you only)")
        .doesNotContain(OTHER_TOKEN);
    assertThat(run.err()).doesNotContain("correct horse").doesNotContain(OTHER_TOKEN);
    assertThat(permissions(config)).isEqualTo("rwx------");
    assertThat(permissions(config.resolve("config.json"))).isEqualTo("rw-------");
    StoredLogin stored = new ConfigFile(config).load().orElseThrow();
    assertThat(stored.token()).isEqualTo(OTHER_TOKEN);
    assertThat(stored.tokenId()).isEqualTo(ID);
    assertThat(stored.server()).isEqualTo(api.url());
  }

  @Test
  void anAccountWithTwoFactorSignInIsAskedForItsCodeOnceThePasswordIsRight() {
    signInAnswers();
    api.answerInTurn(
        "POST",
        "/api/tokens",
        FakeApi.json(
            401, FakeApi.error(401, "auth.otp.required", "this account signs in with two factors")),
        FakeApi.json(201, SIGNED_IN));

    Run run = cli.runWithInput("alice@example.com\ncorrect horse battery\n 123456 \n", "login");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.requests().get(0).otp()).isNull();
    assertThat(api.requests().get(1).otp()).isEqualTo("123456");
    assertThat(api.requests().get(1).authorization())
        .isEqualTo(api.requests().get(0).authorization());
    assertThat(run.err()).contains("Two-factor code (or a recovery code): ");
    assertThat(new ConfigFile(config).load().orElseThrow().token()).isEqualTo(OTHER_TOKEN);
  }

  @Test
  void whenTheServerRequiresTwoFactorSignInLoginSetsItUpFirstThenStoresTheToken() {
    signInAnswers();
    api.answerInTurn(
            "POST",
            "/api/iam/personal_tokens",
            FakeApi.json(
                409,
                FakeApi.error(
                    409, "auth.two_factor.required", "this server requires two-factor sign-in")),
            FakeApi.json(
                201,
                "{\"uuid\":\""
                    + ID
                    + "\",\"name\":\"ptk CLI alice@laptop\",\"key\":\""
                    + OTHER_TOKEN
                    + "\",\"expires_at\":\"2026-07-01T12:00:00Z\"}"))
        .answer("POST", TwoFactorCommandsTest.PATH, 200, TwoFactorCommandsTest.ENROLMENT)
        .answer("POST", TwoFactorCommandsTest.PATH + "/confirm", 200, TwoFactorCommandsTest.CODES);

    Run run = cli.runWithInput("alice@example.com\ncorrect horse battery\n123456\n", "login");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("This server requires two-factor sign-in, and your account has none yet")
        .contains("  " + TwoFactorCommandsTest.URI)
        .contains("  aaaa-bbbb-cccc-dddd")
        .contains("Signed in to " + api.url() + " as alice@example.com.");
    assertThat(api.requests())
        .extracting(request -> request.method() + " " + request.path())
        .containsExactly(
            "POST /api/tokens",
            "POST /api/iam/personal_tokens",
            "POST /api/user/two_factor",
            "POST /api/user/two_factor/confirm",
            "POST /api/iam/personal_tokens",
            "DELETE /api/tokens");
    assertThat(api.requests().subList(1, 6))
        .extracting(Request::authorization)
        .containsOnly("Token " + SESSION);
    assertThat(new ConfigFile(config).load().orElseThrow().token()).isEqualTo(OTHER_TOKEN);
  }

  @Test
  void aWrongTwoFactorCodeIsRefusedAndStoresNothing() {
    api.answerInTurn(
        "POST",
        "/api/tokens",
        FakeApi.json(
            401, FakeApi.error(401, "auth.otp.required", "this account signs in with two factors")),
        FakeApi.json(
            401,
            FakeApi.error(
                401, "auth.otp.invalid", "the two-factor code is wrong or was used already")));

    Run run = cli.runWithInput("alice@example.com\nright\n000000\n", "login");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SIGNED_IN);
    assertThat(run.errLines())
        .endsWith("ptk: sign-in refused: the two-factor code is wrong or was used already");
    assertThat(Files.exists(config.resolve("config.json"))).isFalse();
  }

  @Test
  void noTwoFactorCodeGivenAsksNothingMoreOfTheServer() {
    api.answer(
        "POST",
        "/api/tokens",
        401,
        FakeApi.error(401, "auth.otp.required", "this account signs in with two factors"));

    Run run = cli.runWithInput("alice@example.com\nright\n\n", "login");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).endsWith("ptk: no two-factor code was given");
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void tooManyWrongPasswordsSayHowLongToWait() {
    api.answer(
        "POST",
        "/api/tokens",
        new FakeApi.Answer(
            429,
            "application/json",
            FakeApi.error(
                429,
                "auth.throttled",
                "too many failed sign-ins from this address; try again in 2 minutes"),
            Map.of("Retry-After", "120")));

    Run run = cli.runWithInput("alice@example.com\nright\n", "login");

    assertThat(run.exitCode()).isEqualTo(ExitCode.THROTTLED);
    assertThat(run.errLines())
        .endsWith("ptk: too many failed sign-ins from this address; try again in 2 minutes");
    assertThat(Files.exists(config.resolve("config.json"))).isFalse();
  }

  @Test
  void wrongPasswordIsRefusedAndStoresNothing() {
    api.answer(
        "POST",
        "/api/tokens",
        401,
        FakeApi.error(401, "auth.credentials.invalid", "the email or the password is wrong"));

    Run run = cli.runWithInput("alice@example.com\nwrong\n", "login");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SIGNED_IN);
    assertThat(run.errLines()).endsWith("ptk: sign-in refused: the email or the password is wrong");
    assertThat(Files.exists(config.resolve("config.json"))).isFalse();
  }

  @Test
  void loginWithAnEmptyPasswordAsksNothingOfTheServer() {
    Run run = cli.runWithInput("alice@example.com\n\n", "login");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void loginWithATokenChecksItAndStoresIt() {
    api.withHeaders(Map.of(ExpiryWarning.HEADER, "2026-09-01T00:00:00Z"))
        .answer("GET", "/api/user/me", 200, ME);

    Run run = cli.runWithInput(TOKEN + "\n", "login", "--token");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.requests().get(0).authorization()).isEqualTo("Token " + TOKEN);
    StoredLogin stored = new ConfigFile(config).load().orElseThrow();
    assertThat(stored.token()).isEqualTo(TOKEN);
    assertThat(stored.createdByLogin()).isFalse();
    assertThat(stored.expiresAt()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
  }

  @Test
  void loginWithAMistypedTokenSendsNothing() {
    Run run = cli.run("login", "--token", TOKEN.substring(0, 20));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).contains("not a well-formed ptk_ token");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void whoamiShowsTheAccountAndWhenTheTokenExpires() {
    storedLogin();
    api.withHeaders(Map.of(ExpiryWarning.HEADER, "2026-07-01T12:00:00Z"))
        .answer("GET", "/api/user/me", 200, ME);

    Run run = cli.run("whoami");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Email          alice@example.com")
        .contains("Role           admin")
        .contains("Two-factor     on")
        .contains("Token from     " + config.resolve("config.json"))
        .contains("Token expires  2026-07-01 12:00 UTC (in 30 days)")
        .doesNotContain(OTHER_TOKEN);
    JsonObject json = TokensCommandsTest.json(cli.run("whoami", "-o", "json").out());
    assertThat(json.getString("email")).isEqualTo("alice@example.com");
    assertThat(json.getString("role")).isEqualTo("admin");
    assertThat(json.getBoolean("two_factor")).isTrue();
    assertThat(json.getString("token_expires_at")).isEqualTo("2026-07-01T12:00:00Z");
  }

  @Test
  void notSignedInSaysHowToSignIn() {
    Run run = cli.run("whoami");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SIGNED_IN);
    assertThat(run.errLines())
        .isEqualTo(
            "ptk: not signed in to "
                + api.url()
                + ": run 'ptk login --server "
                + api.url()
                + "' or set PTK_TOKEN");
  }

  @Test
  void theStoredTokenIsNeverSentToAnotherServer() throws IOException {
    storedLogin();

    Run run = cli.run("whoami", "--server", Cli.closedServer());

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_SIGNED_IN);
    assertThat(run.errLines()).contains("(you are signed in to " + api.url() + ")");
  }

  @Test
  void ptkTokenWinsOverTheStoredToken() {
    storedLogin();
    api.answer("GET", "/api/user/me", 200, ME);

    cli.env("PTK_TOKEN", TOKEN).run("whoami");

    assertThat(api.requests().get(0).authorization()).isEqualTo("Token " + TOKEN);
  }

  @Test
  void logoutRevokesTheTokenOfThisMachineAndForgetsIt() {
    storedLogin();
    api.answer("DELETE", "/api/iam/personal_tokens/" + ID, 204, "");

    Run run = cli.run("logout");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.requests().get(0).authorization()).isEqualTo("Token " + OTHER_TOKEN);
    assertThat(run.out()).contains("Revoked the personal token of this machine");
    assertThat(new ConfigFile(config).load()).isEmpty();
  }

  @Test
  void logoutForgetsATokenTheServerNoLongerTakes() {
    storedLogin();
    api.answer(
        "DELETE",
        "/api/iam/personal_tokens/" + ID,
        401,
        FakeApi.error(401, "auth.token.revoked", "the token has been revoked"));

    Run run = cli.run("logout");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("already revoked or expired");
    assertThat(new ConfigFile(config).load()).isEmpty();
  }

  @Test
  void logoutKeepsTheTokenWhenTheServerCantBeReached() throws IOException {
    new ConfigFile(config)
        .save(new StoredLogin(Cli.closedServer(), OTHER_TOKEN, ID, "a@b.c", null));

    Run run = cli.run("logout");

    assertThat(run.exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    assertThat(run.errLines()).contains("the token is still stored");
    assertThat(new ConfigFile(config).load()).isPresent();
  }

  @Test
  void logoutWhenSignedOutDoesNothing() {
    Run run = cli.run("logout");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Not signed in");
  }

  private void signInAnswers() {
    api.answer("POST", "/api/tokens", 201, SIGNED_IN)
        .answer(
            "POST",
            "/api/iam/personal_tokens",
            201,
            "{\"uuid\":\""
                + ID
                + "\",\"name\":\"ptk CLI alice@laptop\",\"key\":\""
                + OTHER_TOKEN
                + "\",\"expires_at\":\"2026-07-01T12:00:00Z\"}")
        .answer("DELETE", "/api/tokens", 204, "");
  }

  private void storedLogin() {
    new ConfigFile(config)
        .save(
            new StoredLogin(
                api.url(),
                OTHER_TOKEN,
                ID,
                "alice@example.com",
                Instant.parse("2026-07-01T12:00:00Z")));
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
