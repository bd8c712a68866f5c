package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/admin/accounts} and {@code /api/user/password}, over HTTP in memory. */
class PeopleComponentTest {

  /** Every admin path and method, with a body good enough to get past reading it. */
  static final List<String[]> ADMIN_CALLS =
      List.of(
          new String[] {"GET", "admin/accounts", null},
          new String[] {"POST", "admin/accounts", "{\"email\":\"x@example.com\"}"},
          new String[] {"POST", "admin/accounts/1/deactivate", null},
          new String[] {"POST", "admin/accounts/1/reactivate", null},
          new String[] {"POST", "admin/accounts/1/password_link", null},
          new String[] {"PUT", "admin/accounts/1/role", "{\"role\":\"member\"}"},
          new String[] {"GET", "admin/personal_tokens", null},
          new String[] {
            "DELETE", "admin/personal_tokens/3f1c4d2a-0b6e-4c1e-9a57-2d3c4b5a6e7f", null
          },
          new String[] {"GET", "admin/audit_events", null},
          new String[] {"GET", "admin/policy", null},
          new String[] {"PUT", "admin/policy", PolicyComponentTest.LIFETIME_30});

  final InMemoryApplication app = new InMemoryApplication();
  final RestComponent api = RestComponent.over(app);

  Account admin;
  Account member;
  String adminSession;
  String memberSession;

  @BeforeEach
  void signIn() {
    admin = api.newAccount();
    member = api.newAccount();
    adminSession = api.session(admin);
    memberSession = api.session(member);
    app.mailer().setEnabled(false);
  }

  @Test
  void aMemberIsRefusedEveryAdminPathAndMethodAndChangesNothing() {
    String memberKey = api.personalToken(member);
    for (String[] call : ADMIN_CALLS) {
      for (String credential : List.of(memberSession, memberKey)) {
        RestComponent.Request request = api.request(call[0], call[1]).token(credential);
        Answer answer = (call[2] == null ? request : request.json(call[2])).send();

        assertThat(answer.status()).as(call[0] + " " + call[1]).isEqualTo(403);
        assertThat(answer.errorCode()).isEqualTo("auth.role.insufficient");
      }
    }
    assertThat(app.accounts().findById(admin.id()).orElseThrow().isActive()).isTrue();
  }

  @Test
  void meSaysTheRole() {
    assertThat(role(adminSession)).isEqualTo("admin");
    assertThat(role(memberSession)).isEqualTo("member");
  }

  @Test
  void anAdminAddsAPersonWhoSetsTheirPasswordWithTheLinkAndSignsIn() {
    Answer added =
        api.post("admin/accounts")
            .token(adminSession)
            .json("{\"email\":\"Dana@Example.com\",\"role\":\"member\"}")
            .send();

    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    JsonObject body = added.json();
    assertThat(body.getJsonObject("person").getString("email")).isEqualTo("dana@example.com");
    assertThat(body.getJsonObject("person").getString("status")).isEqualTo("active");
    assertThat(body.getJsonObject("person").containsKey("last_sign_in_at"))
        .as("null until the first sign-in, but there")
        .isTrue();
    assertThat(body.getJsonObject("person").isNull("last_sign_in_at")).isTrue();
    assertThat(body.getBoolean("password_link_mailed")).isFalse();
    String link = body.getString("password_link");
    String secret = link.substring(link.lastIndexOf('/') + 1);

    Answer set =
        api.post("user/password")
            .json("{\"link_token\":\"" + secret + "\",\"new_password\":\"dana's passphrase\"}")
            .send();
    Answer again =
        api.post("user/password")
            .json("{\"link_token\":\"" + secret + "\",\"new_password\":\"dana's passphrase\"}")
            .send();

    assertThat(set.status()).as(set.toString()).isEqualTo(204);
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.errorCode()).isEqualTo("password.link.invalid");
    assertThat(api.post("tokens").basic("dana@example.com", "dana's passphrase").send().status())
        .isEqualTo(201);
  }

  @Test
  void deactivatingEndsTheTokensAndRefusesTheSignInWithItsOwnCode() {
    String memberKey = api.personalToken(member);

    Answer done =
        api.post("admin/accounts/" + member.id() + "/deactivate").token(adminSession).send();

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getInt("tokens_revoked")).isEqualTo(1);
    assertThat(done.json().getInt("sessions_ended")).isEqualTo(1);
    assertThat(api.get("user/me").token(memberKey).send().errorCode())
        .isEqualTo("auth.token.revoked");
    assertThat(api.get("user/me").token(memberSession).send().status()).isEqualTo(401);
    Answer signIn = api.post("tokens").basic(member.email().value(), RestComponent.PASSWORD).send();
    assertThat(signIn.status()).isEqualTo(401);
    assertThat(signIn.errorCode()).isEqualTo("auth.account.deactivated");

    Answer list = api.get("admin/accounts?status=deactivated").token(adminSession).send();
    assertThat(list.json().getJsonArray("results").getValuesAs(JsonObject.class))
        .extracting(person -> person.getString("email"))
        .containsExactly(member.email().value());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POST | admin/accounts/0/deactivate | | 400 | account.id.invalid",
        "POST | admin/accounts/abc/reactivate | | 400 | account.id.invalid",
        "POST | admin/accounts/999999/deactivate | | 404 | account.not_found",
        "PUT | admin/accounts/1/role | {\"role\":\"owner\"} | 400 | account.role.invalid",
        "PUT | admin/accounts/1/role | {\"role\":\"member\",\"x\":1} | 400 | request.field.unknown",
        "POST | admin/accounts | {\"email\":\"not an email\"} | 400 | account.email.invalid",
        "GET | admin/accounts?status=gone | | 400 | account.status.invalid",
      })
  void badRequestsAreRefusedClearly(
      String method, String path, String body, int status, String code) {
    RestComponent.Request request = api.request(method, path).token(adminSession);
    Answer answer = (body == null ? request : request.json(body)).send();

    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.errorCode()).isEqualTo(code);
  }

  @Test
  void theLastAdminStaysAndTheEmailIsTakenOnce() {
    Answer demoted =
        api.request("PUT", "admin/accounts/" + admin.id() + "/role")
            .token(adminSession)
            .json("{\"role\":\"member\"}")
            .send();
    Answer taken =
        api.post("admin/accounts")
            .token(adminSession)
            .json("{\"email\":\"" + member.email().value() + "\"}")
            .send();

    assertThat(demoted.status()).isEqualTo(409);
    assertThat(demoted.errorCode()).isEqualTo("account.last_admin");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.errorCode()).isEqualTo("account.email.taken");
  }

  private String role(String session) {
    return api.get("user/me")
        .token(session)
        .send()
        .json()
        .getJsonObject("results")
        .getString("role");
  }
}
