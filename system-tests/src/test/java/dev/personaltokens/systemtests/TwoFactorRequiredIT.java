package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.cli.Cli.Run;
import dev.personaltokens.systemtests.ApiClient.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The policy's {@code require_two_factor} on the real server: a password session without two-factor
 * sign-in is held to its setup (also one signed in before the change), personal tokens are not, the
 * setup opens the rest to the same session, and {@code ptk login} (the shaded jar) sets it up
 * before it stores the machine's token. The admin sets the policy with a personal token of theirs,
 * which the requirement holds back no more than any other. The policy is every class's: taken for
 * writing, put back after each test.
 */
@SharedServer.On
@ResourceLock(value = SharedServer.POLICY, mode = ResourceAccessMode.READ_WRITE)
class TwoFactorRequiredIT extends CliSupport {

  static final String TOKENS = "api/iam/personal_tokens";

  String adminKey;

  static String policy(boolean requireTwoFactor) {
    return "{\"max_token_lifetime_days\":366,\"allowed_scopes\":[\"global\",\"read_only\"],"
        + "\"inactivity_days\":null,\"max_tokens_per_account\":null,"
        + "\"require_two_factor\":"
        + requireTwoFactor
        + ",\"default_allowed_ips\":[]}";
  }

  @BeforeEach
  void adminKey() {
    adminKey = adminKey(api);
  }

  /**
   * A personal token of the shared server's admin, for the policy: unlike the admin's session, the
   * requirement doesn't hold it back.
   */
  static String adminKey(ApiClient api) {
    String admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    String key =
        api.postJson(
                TOKENS,
                admin,
                "{\"name\":\"sets the policy of a two-factor test\",\"expires_at\":\""
                    + Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS)
                    + "\"}")
            .json()
            .getString("key");
    api.delete("api/tokens", admin);
    return key;
  }

  @AfterEach
  void notRequiredAgain() {
    assertThat(api.put("api/admin/policy", adminKey, policy(false)).status()).isEqualTo(200);
  }

  @Test
  void aSessionWithoutItIsHeldToTheSetupAndThenGoesOn() {
    String before = api.sessionOf(email, PASSWORD);
    String key = createdKey(30);
    assertThat(api.put("api/admin/policy", adminKey, policy(true)).status()).isEqualTo(200);
    String after = api.sessionOf(email, PASSWORD);

    for (String session : new String[] {before, after}) {
      Answer held = api.get(TOKENS, session);
      assertThat(held.status()).isEqualTo(409);
      assertThat(held.errorCode()).isEqualTo("auth.two_factor.required");
      assertThat(held.json().toString()).contains("set it up first");
    }
    assertThat(
            api.get("api/user/me", after)
                .json()
                .getJsonObject("results")
                .getBoolean("two_factor_required"))
        .isTrue();
    assertThat(api.get(TOKENS, key).status()).as("a personal token is not held").isEqualTo(200);

    TwoFactorSignIn twoFactor = TwoFactorSignIn.turnOn(api, after);

    assertThat(api.get(TOKENS, after).status()).isEqualTo(200);
    assertThat(api.get(TOKENS, before).status()).isEqualTo(200);
    Answer off =
        api.send(
            api.request("api/user/two_factor", after)
                .header(TwoFactorSignIn.OTP, twoFactor.recoveryCodes().get(0))
                .DELETE());
    assertThat(off.status()).isEqualTo(409);
    assertThat(off.errorCode()).isEqualTo("two_factor.required");
  }

  @Test
  void ptkLoginSetsItUpBeforeItStoresTheMachinesToken() throws Exception {
    assertThat(api.put("api/admin/policy", adminKey, policy(true)).status()).isEqualTo(200);

    Run login =
        ptk.jarAnswering(
            email + "\n" + PASSWORD + "\n",
            printed ->
                CliTwoFactorIT.keyIn(printed).map(key -> new AuthenticatorApp(key).code(0) + "\n"),
            "login");

    assertThat(login.exitCode()).as(login.toString()).isZero();
    assertThat(login.out())
        .contains("This server requires two-factor sign-in, and your account has none yet")
        .contains("Two-factor sign-in is on")
        .contains("Signed in to");
    Run whoami = ptk.jar("", "whoami");
    assertThat(whoami.out()).contains("Two-factor     on");
    assertThat(ptk.jar("", "tokens", "list").exitCode()).isZero();
  }
}
