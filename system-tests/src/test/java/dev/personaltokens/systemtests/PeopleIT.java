package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team's admin over the API, on the real server: adding a person (the link by mail, from the
 * tests' mail server), offboarding that ends their tokens and sign-in at once, reactivation that
 * gives none back, roles - and a member refused every admin path.
 */
@SharedServer.On
class PeopleIT {

  static final String PASSWORD = "a-new-colleague's passphrase";
  static final String TOKENS = "api/iam/personal_tokens";

  final URL deployment = SharedServer.url();

  ApiClient api;
  String admin;
  String email;
  long id;

  @BeforeEach
  void addAColleague() throws InterruptedException {
    api = new ApiClient(deployment);
    admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    email = "colleague-" + UUID.randomUUID() + "@it.example.com";
    id = Invitations.accept(api, admin, email, "member", PASSWORD);
  }

  @Test
  void theNewPersonSignsInWithTheirOwnPasswordAndIsListedAsAMember() {
    String theirs = api.sessionOf(email, PASSWORD);

    JsonObject me = api.get("api/user/me", theirs).json().getJsonObject("results");
    Answer listed = api.get("api/admin/accounts?search=" + email, admin);

    assertThat(me.getString("role")).isEqualTo("member");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    JsonObject person = listed.json().getJsonArray("results").getJsonObject(0);
    assertThat(person.getString("email")).isEqualTo(email);
    assertThat(person.getString("status")).isEqualTo("active");
    assertThat(person.getString("last_sign_in_at")).isNotEmpty();
    assertThat(person.getJsonNumber("live_tokens").longValue()).isZero();
  }

  @Test
  void aMemberIsRefusedEveryAdminPathAndMethod() {
    String theirs = api.sessionOf(email, PASSWORD);
    List<String[]> calls =
        List.of(
            new String[] {"GET", "api/admin/accounts"},
            new String[] {"POST", "api/admin/accounts"},
            new String[] {"POST", "api/admin/accounts/1/deactivate"},
            new String[] {"POST", "api/admin/accounts/1/reactivate"},
            new String[] {"POST", "api/admin/accounts/1/password_link"},
            new String[] {"PUT", "api/admin/accounts/1/role"});
    for (String[] call : calls) {
      String body =
          call[0].equals("PUT") ? "{\"role\":\"admin\"}" : "{\"email\":\"x@example.com\"}";
      Answer answer =
          api.send(
              api.request(call[1], theirs)
                  .header("Content-Type", "application/json")
                  .method(call[0], BodyPublishers.ofString(body)));
      assertThat(answer.status()).as(call[0] + " " + call[1]).isEqualTo(403);
      assertThat(answer.errorCode()).isEqualTo("auth.role.insufficient");
    }
    assertThat(api.get("api/user/me", theirs).json().getJsonObject("results").getString("role"))
        .isEqualTo("member");
  }

  @Test
  void offboardingEndsEveryTokenAtOnceAndReactivationGivesNoneBack() {
    String theirs = api.sessionOf(email, PASSWORD);
    String key =
        api.postJson(
                TOKENS,
                theirs,
                "{\"name\":\"laptop\",\"expires_at\":\""
                    + Instant.now().plus(30, ChronoUnit.DAYS).toString().substring(0, 10)
                    + "\"}")
            .json()
            .getString("key");
    assertThat(api.get("api/auth/verify", key).status()).isEqualTo(200);

    Answer done = api.postJson("api/admin/accounts/" + id + "/deactivate", admin, "{}");

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getInt("tokens_revoked")).isEqualTo(1);
    assertThat(api.get("api/auth/verify", key).status()).isEqualTo(401);
    assertThat(api.get("api/user/me", key).errorCode()).isEqualTo("auth.token.revoked");
    assertThat(api.get("api/user/me", theirs).status()).isEqualTo(401);
    assertThat(api.signIn(email, PASSWORD).errorCode()).isEqualTo("auth.account.deactivated");

    Answer back = api.postJson("api/admin/accounts/" + id + "/reactivate", admin, "{}");

    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(back.json().getString("status")).isEqualTo("active");
    String again = api.sessionOf(email, PASSWORD);
    assertThat(api.get("api/user/me", again).status()).isEqualTo(200);
    assertThat(api.get("api/user/me", key).errorCode()).isEqualTo("auth.token.revoked");
    List<JsonObject> log =
        api.get("api/audit_events", again)
            .json()
            .getJsonArray("results")
            .getValuesAs(JsonObject.class);
    JsonObject deactivated =
        log.stream()
            .filter(event -> event.getString("type").equals("account.deactivated"))
            .findFirst()
            .orElseThrow();
    assertThat(deactivated.getJsonObject("actor").getString("email"))
        .isEqualTo(SharedServer.ADMIN_EMAIL);
    assertThat(deactivated.getString("detail")).contains("1 personal token revoked");
  }

  @Test
  void anAdminMadeByAnAdminMayManagePeopleAndTheLastAdminStays() {
    Answer made =
        api.send(
            api.request("api/admin/accounts/" + id + "/role", admin)
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"role\":\"admin\"}")));
    String theirs = api.sessionOf(email, PASSWORD);

    assertThat(made.status()).as(made.toString()).isEqualTo(200);
    assertThat(api.get("api/admin/accounts", theirs).status()).isEqualTo(200);

    Answer back =
        api.send(
            api.request("api/admin/accounts/" + id + "/role", theirs)
                .header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString("{\"role\":\"member\"}")));
    assertThat(back.status()).isEqualTo(200);
    assertThat(api.get("api/admin/accounts", theirs).errorCode())
        .isEqualTo("auth.role.insufficient");
  }
}
