package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.systemtests.ApiClient.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The very first start of a server as {@code ./run} starts it on a fresh machine, with no
 * PTK_ADMIN_PASSWORD: the password it generates and prints once opens nothing but its change, which
 * the API, {@code ptk login} and {@code ptk passwd} (the shaded jar) all lead to. On the {@link
 * SharedServer.Alone} server, which starts so and whose first admin no other class signs in as.
 */
@SharedServer.Alone
class FirstStartIT {

  static final Pattern GENERATED =
      Pattern.compile("Sign in with (\\S+) and password ([0-9A-Za-z]{24}) \\(generated");
  static final String NEW = "the first admin's own passphrase";

  private static LaunchedServer server;

  @BeforeAll
  static void startedOnAFreshMachine() {
    server = SharedServer.alone();
  }

  @Test
  void theGeneratedPasswordOpensNothingButItsChange(@TempDir Path home) throws Exception {
    Matcher printed = GENERATED.matcher(server.log());
    assertThat(printed.find()).as("the first start's line in " + server.log()).isTrue();
    String email = printed.group(1);
    String generated = printed.group(2);
    assertThat(server.log()).contains("change it when you first sign in");
    NoSecretInTheSecurityLog.password(generated);
    NoSecretInTheSecurityLog.password(NEW);
    ApiClient api = new ApiClient(server.url());

    String session = api.sessionOf(email, generated);
    Answer tokens = api.get("api/iam/personal_tokens", session);
    Answer me = api.get("api/user/me", session);
    assertThat(tokens.status()).isEqualTo(409);
    assertThat(tokens.errorCode()).isEqualTo("auth.password.change_required");
    assertThat(me.json().getJsonObject("results").getBoolean("password_change_required")).isTrue();
    assertThat(me.json().getJsonObject("results").getString("role")).isEqualTo("admin");

    Ptk ptk = new Ptk(server.url().toString(), home);
    Run login = ptk.jar(email + "\n" + generated + "\n", "login");
    assertThat(login.exitCode()).as(login.toString()).isEqualTo(1);
    assertThat(login.err().lines().filter(line -> line.startsWith("ptk")))
        .as("one line, after the questions")
        .containsExactly(
            "ptk: your password was generated or set by an operator, so it must be changed"
                + " before anything else: run 'ptk passwd'");
    assertThat(Files.exists(ptk.configDirectory().resolve("config.json"))).isFalse();

    Run passwd = ptk.jar(email + "\n" + generated + "\n" + NEW + "\n", "passwd");
    assertThat(passwd.exitCode()).as(passwd.toString()).isZero();
    assertThat(passwd.out())
        .contains("Password changed for " + email + ". Your other sessions are signed out");

    assertThat(api.get("api/user/me", session).errorCode())
        .as("the session signed in with the generated password ended with it")
        .isEqualTo("auth.token.invalid");
    assertThat(api.signIn(email, generated).status()).isEqualTo(401);
    Run again = ptk.jar(email + "\n" + NEW + "\n", "login");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    Run listed = ptk.jar("", "tokens", "list");
    assertThat(listed.exitCode()).as(listed.toString()).isZero();
    assertThat(listed.out()).contains("ptk CLI");
  }
}
