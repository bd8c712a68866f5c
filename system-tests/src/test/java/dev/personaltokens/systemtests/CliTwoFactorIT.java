package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ptk two-factor} and {@code ptk login} with two-factor sign-in, as the shaded jar runs them
 * against the real server: turned on with the code of an app given the key the jar printed, the
 * code asked for at the next login, turned off with a recovery code.
 */
@SharedServer.On
class CliTwoFactorIT extends CliSupport {

  static final Pattern KEY_IN_URI = Pattern.compile("secret=([A-Z2-7]{32})");

  /**
   * A recovery code on a line of its own, as the jar lists them: unanchored, the pattern also found
   * four groups of a UUID in the otpauth URI's account name (the test account's e-mail holds one).
   */
  static final Pattern RECOVERY_CODE =
      Pattern.compile("^ +([a-z2-7]{4}(-[a-z2-7]{4}){3})$", Pattern.MULTILINE);

  @Test
  void turnedOnWithTheJarItAsksForTheCodeAtLoginAndARecoveryCodeTurnsItOff() throws Exception {
    Run login = ptk.jar(email + "\n" + PASSWORD + "\n", "login");
    assertThat(login.exitCode()).as(login.toString()).isZero();

    Run enabled =
        ptk.jarAnswering(
            printed -> keyIn(printed).map(key -> new AuthenticatorApp(key).code(0) + "\n"),
            "two-factor",
            "enable");

    assertThat(enabled.exitCode()).as(enabled.toString()).isZero();
    String key = keyIn(enabled.out()).orElseThrow();
    NoSecretInTheSecurityLog.secret(key);
    assertThat(enabled.out())
        .contains(String.join(" ", key.split("(?<=\\G.{4})")), "otpauth://totp/")
        .contains("Two-factor sign-in is on");
    List<String> codes =
        RECOVERY_CODE.matcher(enabled.out()).results().map(code -> code.group(1)).toList();
    codes.forEach(NoSecretInTheSecurityLog::secret);
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(ptk.jar("", "whoami").out()).contains("Two-factor     on");

    // The step after the confirming code's, which an app shows next and the server allows for.
    String next = new AuthenticatorApp(key).code(1);
    Run again = ptk.jar(email + "\n" + PASSWORD + "\n" + next + "\n", "login");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.err()).contains("Two-factor code (or a recovery code): ");
    assertThat(again.out()).contains("Signed in to");

    Run disabled = ptk.jar(codes.get(0) + "\n", "two-factor", "disable");
    assertThat(disabled.exitCode()).as(disabled.toString()).isZero();
    assertThat(disabled.out()).contains("Two-factor sign-in is off");
    assertThat(ptk.jar("", "whoami").out()).contains("Two-factor     off");
    assertThat(api.signIn(email, PASSWORD).status()).isEqualTo(201);
  }

  /** The key in the otpauth:// URI the jar printed, once it did. */
  static Optional<String> keyIn(String printed) {
    Matcher key = KEY_IN_URI.matcher(printed);
    return key.find() ? Optional.of(key.group(1)) : Optional.empty();
  }
}
