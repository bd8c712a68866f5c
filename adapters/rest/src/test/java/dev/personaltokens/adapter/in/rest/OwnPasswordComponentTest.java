package dev.personaltokens.adapter.in.rest;

import static dev.personaltokens.application.fakes.InMemoryApplication.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.Scope;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code POST /api/user/password} with {@code current_password}, and the change a generated or
 * operator-set password requires before anything else, over HTTP in memory.
 */
class OwnPasswordComponentTest {

  static final String NEW = "my very own passphrase";
  static final String OPERATORS = "the operator's choice";

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent api = RestComponent.over(app);

  Account alice;
  String session;

  @BeforeEach
  void signIn() {
    alice = api.newAccount();
    session = api.session(alice);
  }

  @Test
  void aSessionChangesItsPasswordAndTheOtherSessionsEnd() {
    String elsewhere = api.session(alice);
    String key = api.personalToken(alice);

    Answer changed = change(session, RestComponent.PASSWORD, NEW);

    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertThat(changed.body()).isEmpty();
    assertThat(api.get("user/me").token(session).send().status()).isEqualTo(200);
    assertThat(api.get("user/me").token(elsewhere).send().errorCode())
        .isEqualTo("auth.token.invalid");
    assertThat(api.get("user/me").token(key).send().status()).isEqualTo(200);
    assertThat(api.post("tokens").basic(alice.email().value(), NEW).send().status()).isEqualTo(201);
    assertThat(
            api.post("tokens").basic(alice.email().value(), RestComponent.PASSWORD).send().status())
        .isEqualTo(401);
    assertThat(
            api.get("audit_events?type=password.changed")
                .token(session)
                .send()
                .json()
                .getJsonArray("results")
                .getJsonObject(0)
                .getString("detail"))
        .isEqualTo("1 other session ended");
  }

  @Test
  void theConsolesCookieChangesItWithTheSameOriginHeaderOnly() {
    String cookie = ConsoleCookie.PLAIN_NAME + "=" + session;
    String body = body(RestComponent.PASSWORD, NEW);

    Answer forged = api.post("user/password").cookie(cookie).json(body).send();
    Answer sent =
        api.post("user/password")
            .cookie(cookie)
            .header(ConsoleCookie.CSRF_HEADER, "XMLHttpRequest")
            .json(body)
            .send();

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.errorCode()).isEqualTo("csrf.header_missing");
    assertThat(sent.status()).as(sent.toString()).isEqualTo(204);
  }

  @Test
  void aReadOnlyTokenMayNotChangeIt() {
    String readOnly = app.token(alice.id(), "dashboards", Scope.READ_ONLY).secret().reveal();

    Answer refused = change(readOnly, RestComponent.PASSWORD, NEW);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("auth.scope.insufficient");
  }

  @Test
  void withoutASignInTheCurrentPasswordFormIsRefused() {
    Answer refused = api.post("user/password").json(body(RestComponent.PASSWORD, NEW)).send();

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.missing");
    assertThat(refused.header("WWW-Authenticate")).isPresent();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not the password | my very own passphrase | password.current.wrong | /current_password",
        "'' | my very own passphrase | account.password.invalid | /current_password",
        "a-long-enough-password | short | account.password.too_short | /new_password",
        "a-long-enough-password | Password1234 | account.password.common | /new_password",
        "a-long-enough-password | qazwsxedcrfv | account.password.common | /new_password",
        "a-long-enough-password | a-long-enough-password | account.password.unchanged"
            + " | /new_password",
      })
  void aRefusedChangeNamesTheFieldAndChangesNothing(
      String current, String newPassword, String code, String pointer) {
    Answer refused = change(session, current, newPassword);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo(code);
    assertThat(refused.pointer()).isEqualTo(pointer);
    assertThat(
            api.post("tokens").basic(alice.email().value(), RestComponent.PASSWORD).send().status())
        .isEqualTo(201);
  }

  @Test
  void bothFormsAtOnceAreRefused() {
    Answer refused =
        api.post("user/password")
            .token(session)
            .json(
                "{\"link_token\":\"ptl_x\",\"current_password\":\""
                    + RestComponent.PASSWORD
                    + "\",\"new_password\":\""
                    + NEW
                    + "\"}")
            .send();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("password.form.ambiguous");
  }

  @Test
  void aOneTimeLinkRefusesACommonPasswordToo() {
    Answer refused =
        api.post("user/password")
            .json("{\"link_token\":\"ptl_x\",\"new_password\":\"PASSWORD1234\"}")
            .send();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("account.password.common");
    assertThat(refused.pointer()).isEqualTo("/new_password");
  }

  /** Guessing here counts in the sign-in's budget: five wrong, then the sixth waits. */
  @Test
  void wrongCurrentPasswordsAreThrottledLikeSignIns() {
    for (int i = 0; i < 5; i++) {
      assertThat(change(session, "guess " + i + " of a thief", NEW).status()).isEqualTo(400);
    }

    Answer throttled = change(session, RestComponent.PASSWORD, NEW);

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.errorCode()).isEqualTo("auth.throttled");
    assertThat(throttled.header("Retry-After")).contains("30");
  }

  @Test
  void afterTheOperatorsResetASessionMayOnlyChangeThePasswordSayWhoItIsAndSignOut() {
    String keyFromBefore = api.personalToken(alice);
    app.resetPassword().resetPassword(OPERATOR, alice.email(), Password.newPassword(OPERATORS));
    String forced = api.session(alice, OPERATORS);

    for (String[] call :
        List.of(
            new String[] {"GET", "iam/personal_tokens", null},
            new String[] {
              "POST", "iam/personal_tokens", "{\"name\":\"x\",\"expires_at\":\"2099-01-01\"}"
            },
            new String[] {"GET", "audit_events", null},
            new String[] {"POST", "iam/personal_tokens/revoke_all", "{\"confirm\":\"delete\"}"},
            new String[] {"GET", "admin/accounts", null})) {
      RestComponent.Request request = api.request(call[0], call[1]).token(forced);
      Answer refused = (call[2] == null ? request : request.json(call[2])).send();

      assertThat(refused.status()).as(call[0] + " " + call[1]).isEqualTo(409);
      assertThat(refused.errorCode()).isEqualTo("auth.password.change_required");
    }
    Answer me = api.get("user/me").token(forced).send();
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getJsonObject("results").getBoolean("password_change_required")).isTrue();
    assertThat(api.get("iam/personal_tokens").token(keyFromBefore).send().status())
        .as("personal tokens are not sessions: they keep working")
        .isEqualTo(200);

    assertThat(change(forced, OPERATORS, NEW).status()).isEqualTo(204);

    assertThat(api.get("iam/personal_tokens").token(forced).send().status()).isEqualTo(200);
    assertThat(
            api.get("user/me")
                .token(forced)
                .send()
                .json()
                .getJsonObject("results")
                .getBoolean("password_change_required"))
        .isFalse();
  }

  @Test
  void aSessionThatMustChangeItsPasswordMaySignOut() {
    app.resetPassword().resetPassword(OPERATOR, alice.email(), Password.newPassword(OPERATORS));
    String forced = api.session(alice, OPERATORS);

    assertThat(api.delete("tokens").token(forced).send().status()).isEqualTo(204);
    assertThat(api.get("user/me").token(forced).send().errorCode()).isEqualTo("auth.token.invalid");
  }

  private Answer change(String credential, String current, String newPassword) {
    return api.post("user/password").token(credential).json(body(current, newPassword)).send();
  }

  private static String body(String current, String newPassword) {
    return "{\"current_password\":\"" + current + "\",\"new_password\":\"" + newPassword + "\"}";
  }
}
