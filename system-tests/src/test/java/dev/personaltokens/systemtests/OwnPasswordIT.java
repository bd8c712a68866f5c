package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/user/password} with the current password, on the real server: the other sessions
 * end, the tokens stay; and an account whose password the operator set, held to that change. One
 * wrong password at most: the sign-in throttle counts them per address, and every class here shares
 * 127.0.0.1.
 */
@SharedServer.On
class OwnPasswordIT {

  static final String PASSWORD = "a-long-enough-password";
  static final String NEW = "a passphrase of my own, chosen";
  static final String OPERATORS = "the operator's temporary one";
  static final String CHANGE = "api/user/password";
  static final String TOKENS = "api/iam/personal_tokens";

  final ApiClient api = new ApiClient(SharedServer.url());
  Account account;
  String email;

  @BeforeEach
  void newAccount() {
    NoSecretInTheSecurityLog.password(NEW);
    NoSecretInTheSecurityLog.password(OPERATORS);
    account = TestDatabase.newAccount(PASSWORD);
    email = account.email().value();
  }

  @Test
  void aSignedInPersonChangesTheirPasswordAndOnlyTheirOtherSessionsEnd() {
    String session = api.sessionOf(email, PASSWORD);
    String elsewhere = api.sessionOf(email, PASSWORD);
    String key = newToken(session);

    Answer changed = api.postJson(CHANGE, session, change(PASSWORD, NEW));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    assertThat(changed.header("Personal-Token-Expiration")).isPresent();
    assertThat(api.get("api/user/me", session).status()).isEqualTo(200);
    assertThat(api.get("api/user/me", elsewhere).errorCode()).isEqualTo("auth.token.invalid");
    assertThat(api.get("api/user/me", key).status()).isEqualTo(200);
    assertThat(api.signIn(email, NEW).status()).isEqualTo(201);
    JsonObject logged =
        api.get("api/audit_events?type=password.changed", session)
            .json()
            .getJsonArray("results")
            .getJsonObject(0);
    assertThat(logged.getString("detail")).isEqualTo("1 other session ended");
  }

  @Test
  void aRefusedChangeSaysWhichFieldAndWhy() {
    String session = api.sessionOf(email, PASSWORD);

    Answer wrong = api.postJson(CHANGE, session, change("not my password at all", NEW));
    Answer common = api.postJson(CHANGE, session, change(PASSWORD, "Password1234"));
    Answer same = api.postJson(CHANGE, session, change(PASSWORD, PASSWORD));
    Answer anonymous = api.postJson(CHANGE, null, change(PASSWORD, NEW));

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.errorCode()).isEqualTo("password.current.wrong");
    assertThat(pointer(wrong)).isEqualTo("/current_password");
    assertThat(common.errorCode()).isEqualTo("account.password.common");
    assertThat(pointer(common)).isEqualTo("/new_password");
    assertThat(same.errorCode()).isEqualTo("account.password.unchanged");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.errorCode()).isEqualTo("auth.missing");
    assertThat(api.signIn(email, PASSWORD).status()).as("nothing changed").isEqualTo(201);
    assertThat(
            api.get("api/audit_events?type=session.failed", session)
                .json()
                .getJsonArray("results")
                .getJsonObject(0)
                .getString("detail"))
        .isEqualTo("given to change the password");
  }

  @Test
  void afterTheOperatorsResetASessionMayOnlyChangeThePasswordAndTheTokensKeepWorking() {
    String key = newToken(api.sessionOf(email, PASSWORD));
    TestDatabase.admin()
        .resetPassword()
        .resetPassword(TestDatabase.OPERATOR, account.email(), Password.newPassword(OPERATORS));
    String session = api.sessionOf(email, OPERATORS);

    Answer list = api.get(TOKENS, session);
    Answer create = api.postJson(TOKENS, session, token("refused"));
    Answer me = api.get("api/user/me", session);

    assertThat(list.status()).isEqualTo(409);
    assertThat(list.errorCode()).isEqualTo("auth.password.change_required");
    assertThat(create.errorCode()).isEqualTo("auth.password.change_required");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().getJsonObject("results").getBoolean("password_change_required")).isTrue();
    assertThat(api.get(TOKENS, key).status()).as("a personal token is no session").isEqualTo(200);

    assertThat(api.postJson(CHANGE, session, change(OPERATORS, NEW)).status()).isEqualTo(204);

    assertThat(api.get(TOKENS, session).status()).isEqualTo(200);
    assertThat(
            api.get("api/user/me", session)
                .json()
                .getJsonObject("results")
                .getBoolean("password_change_required"))
        .isFalse();
  }

  private String newToken(String session) {
    return api.postJson(TOKENS, session, token("laptop")).json().getString("key");
  }

  private static String token(String name) {
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + LocalDate.now().plusDays(30) + "\"}";
  }

  static String change(String current, String newPassword) {
    return "{\"current_password\":\"" + current + "\",\"new_password\":\"" + newPassword + "\"}";
  }

  private static String pointer(Answer answer) {
    return answer
        .json()
        .getJsonArray("errors")
        .getJsonObject(0)
        .getJsonObject("source")
        .getString("pointer");
  }
}
