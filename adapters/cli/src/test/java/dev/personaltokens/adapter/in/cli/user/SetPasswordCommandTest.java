package dev.personaltokens.adapter.in.cli.user;

import static dev.personaltokens.adapter.in.cli.user.People.LINK_SECRET;
import static dev.personaltokens.adapter.in.cli.user.TokensCommandsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli;
import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.NewPassword;
import dev.personaltokens.adapter.in.cli.user.FakeApi.Request;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ptk password set} against a stand-in API: no sign-in, the link is the credential. */
class SetPasswordCommandTest {

  static final String PASSWORD = "correct horse battery";
  static final String SET = "/api/user/password";

  @TempDir Path config;
  FakeApi api;
  Cli cli;

  @BeforeEach
  void start() throws IOException {
    api = new FakeApi();
    cli = new Cli(config);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void setsThePasswordOnTheServerTheLinkNamesWithoutSigningIn() {
    api.answer("POST", SET, 204, "");

    Run run =
        cli.runWithInput(
            api.url() + "/#/password/" + LINK_SECRET + "\n" + PASSWORD + "\n", "password", "set");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Request request = api.requests().get(0);
    assertThat(request.authorization()).isNull();
    JsonObject sent = json(request.body());
    assertThat(sent.getString("link_token")).isEqualTo(LINK_SECRET);
    assertThat(sent.getString("new_password")).isEqualTo(PASSWORD);
    assertThat(run.err()).contains("Password link: ").contains("New password: ");
    assertThat(run.out())
        .isEqualTo("Password set; sign in with 'ptk login --server " + api.url() + "'.\n");
    assertThat(run.out() + run.err()).doesNotContain(LINK_SECRET).doesNotContain(PASSWORD);
  }

  @Test
  void takesTheSecretAloneOnTheServerChosenAndThePasswordFromTheEnvironment() {
    api.answer("POST", SET, 204, "");

    Run run =
        cli.env("PTK_SERVER", api.url())
            .env(NewPassword.VARIABLE, PASSWORD)
            .runWithInput(LINK_SECRET + "\n", "password", "set");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(json(api.requests().get(0).body()).getString("new_password")).isEqualTo(PASSWORD);
    assertThat(run.err()).doesNotContain("New password");
  }

  @Test
  void theServerOptionWinsOverTheLinks() throws IOException {
    api.answer("POST", SET, 204, "");

    Run run =
        cli.runWithInput(
            Cli.closedServer() + "/#/password/" + LINK_SECRET + "\n" + PASSWORD + "\n",
            "password",
            "set",
            "--server",
            api.url());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(api.requests()).hasSize(1);
  }

  @Test
  void whatIsNotALinkIsRefusedBeforeThePasswordIsAskedFor() {
    String cutShort = LINK_SECRET.substring(0, LINK_SECRET.length() - 1);

    for (String typed : new String[] {cutShort, Tokens.TOKEN, "", "http://x/#/password/"}) {
      Run run = cli.env("PTK_SERVER", api.url()).runWithInput(typed + "\n", "password", "set");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(run.errLines()).doesNotContain("New password").contains("ptk: ");
      assertThat(run.errLines().lines()).hasSize(2);
    }
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void aShortPasswordIsRefusedBeforeAnyRequest() {
    Run run =
        cli.env("PTK_SERVER", api.url()).runWithInput(LINK_SECRET + "\nshort\n", "password", "set");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).endsWith("ptk: a password needs at least 12 characters");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void aLinkThatNoLongerWorksIsRefusedInOneLine() {
    api.answer(
        "POST",
        SET,
        400,
        FakeApi.error(
            400,
            "password.link.invalid",
            "this link does not work: it was used, replaced or is over 72 hours old; ask an admin"
                + " for a new one"));

    Run run =
        cli.env("PTK_SERVER", api.url())
            .runWithInput(LINK_SECRET + "\n" + PASSWORD + "\n", "password", "set");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .endsWith(
            "\nptk: this link does not work: it was used, replaced or is over 72 hours old;"
                + " ask an admin for a new one");
  }
}
