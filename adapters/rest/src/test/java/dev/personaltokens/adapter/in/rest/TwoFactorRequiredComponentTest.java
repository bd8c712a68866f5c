package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A policy that requires two-factor sign-in, over HTTP in memory. */
class TwoFactorRequiredComponentTest {

  static final String REQUIRED =
      "{\"max_token_lifetime_days\":366,\"allowed_scopes\":[\"global\",\"read_only\"],"
          + "\"inactivity_days\":null,\"max_tokens_per_account\":null,"
          + "\"require_two_factor\":true,\"default_allowed_ips\":[]}";

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent api = RestComponent.over(app);

  String adminSession;
  Account member;
  String memberSession;
  String memberKey;

  @BeforeEach
  void requireTwoFactor() {
    adminSession = api.session(api.newAccount());
    member = api.newAccount();
    memberSession = api.session(member);
    memberKey = api.personalToken(member);

    Answer set = api.request("PUT", "admin/policy").token(adminSession).json(REQUIRED).send();

    assertThat(set.status()).as(set.toString()).isEqualTo(200);
  }

  @Test
  void aSessionWithoutItMayOnlySetItUpSayWhoItIsAndSignOut() {
    for (String[] call :
        List.of(
            new String[] {"GET", "iam/personal_tokens", null},
            new String[] {
              "POST", "iam/personal_tokens", "{\"name\":\"x\",\"expires_at\":\"2099-01-01\"}"
            },
            new String[] {"GET", "audit_events", null},
            new String[] {"DELETE", "user/two_factor", null})) {
      RestComponent.Request request = api.request(call[0], call[1]).token(memberSession);
      Answer refused = (call[2] == null ? request : request.json(call[2])).send();

      assertThat(refused.status()).as(call[0] + " " + call[1]).isEqualTo(409);
      assertThat(refused.errorCode()).isEqualTo("auth.two_factor.required");
    }
    assertThat(me(memberSession).getBoolean("two_factor_required")).isTrue();
    assertThat(api.get("admin/policy").token(adminSession).send().errorCode())
        .as("the admin who set it has none either: held at the next request")
        .isEqualTo("auth.two_factor.required");
    assertThat(api.get("iam/personal_tokens").token(memberKey).send().status())
        .as("personal tokens are not held back")
        .isEqualTo(200);
    assertThat(me(memberKey).getBoolean("two_factor_required"))
        .as("what the account has yet to do, whoever asks")
        .isTrue();
    assertThat(api.delete("tokens").token(adminSession).send().status()).isEqualTo(204);
  }

  @Test
  void onceSetUpTheSameSessionGoesOnAndCantTurnItOff() {
    Answer enrolment = api.post("user/two_factor").token(memberSession).send();
    assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(200);
    TotpSecret secret = TotpSecret.fromBase32(enrolment.json().getString("secret"));
    Answer confirmed =
        api.post("user/two_factor/confirm")
            .token(memberSession)
            .json("{\"code\":\"" + codeNow(secret) + "\"}")
            .send();
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

    assertThat(api.get("iam/personal_tokens").token(memberSession).send().status()).isEqualTo(200);
    assertThat(me(memberSession).getBoolean("two_factor_required")).isFalse();

    app.clock().advance(TimeStep.LENGTH);
    Answer off =
        api.delete("user/two_factor")
            .token(memberSession)
            .header(TwoFactorComponentTest.OTP, codeNow(secret))
            .send();
    assertThat(off.status()).isEqualTo(409);
    assertThat(off.errorCode()).isEqualTo("two_factor.required");
    assertThat(me(memberSession).getBoolean("two_factor")).isTrue();
  }

  private String codeNow(TotpSecret secret) {
    return app.oneTimeCodes().at(secret, TimeStep.at(app.clock().now()));
  }

  private JsonObject me(String token) {
    Answer me = api.get("user/me").token(token).send();
    assertThat(me.status()).as(me.toString()).isEqualTo(200);
    return me.json().getJsonObject("results");
  }
}
