package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.Scope;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 7662 introspection over the in-memory application. */
class IntrospectionComponentTest {

  static final String FORM = "application/x-www-form-urlencoded";

  final InMemoryApplication application = new InMemoryApplication();
  final RestComponent api = RestComponent.over(application);
  final Account account = api.newAccount();
  final RegisteredServiceClient client =
      application
          .useCases()
          .registerServiceClient()
          .register(InMemoryApplication.OPERATOR, new ServiceName("billing"));

  private Answer introspect(String form) {
    return api.post("auth/introspect")
        .basic(client.client().id().toString(), client.secret().reveal())
        .body(FORM, form)
        .send();
  }

  private static String token(String secret) {
    return "token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }

  @Test
  void aGoodTokenIsActiveWithEveryField() {
    CreatedPersonalToken created = application.token(account.id(), "reader", Scope.READ_ONLY);

    Answer answer = introspect(token(created.secret().reveal()) + "&token_type_hint=access_token");

    assertThat(answer.status()).isEqualTo(200);
    JsonObject body = answer.json();
    assertThat(body.getBoolean("active")).isTrue();
    assertThat(body.getString("scope")).isEqualTo("read_only");
    assertThat(body.getString("client_id")).isEqualTo(client.client().id().toString());
    assertThat(body.getString("username")).isEqualTo(account.email().value());
    assertThat(body.getString("sub")).isEqualTo(account.id().toString());
    assertThat(body.getString("token_type")).isEqualTo("personal_token");
    assertThat(body.getJsonNumber("exp").longValue())
        .isEqualTo(created.token().expiresAt().getEpochSecond());
    assertThat(body.getJsonNumber("iat").longValue())
        .isEqualTo(created.token().created().getEpochSecond());
    assertThat(body.getString("jti")).isEqualTo(created.token().id().toString());
    assertThat(body.getJsonArray("allowed_ips")).isEmpty();
    assertThat(body).hasSize(10);
    assertThat(answer.header("Cache-Control")).contains("no-store");
  }

  @Test
  void anyOtherTokenIsExactlyInactive() {
    CreatedPersonalToken revoked = application.token(account.id(), "gone");
    application.revokeToken().revoke(account.id(), revoked.token().id());

    for (String form :
        new String[] {
          token(revoked.secret().reveal()),
          token(api.session(account)),
          token(client.secret().reveal()),
          token("ptk_nope"),
          "token=",
          token("eyJhbGciOiJub25lIn0.e30.")
        }) {
      Answer answer = introspect(form);
      assertThat(answer.status()).as(form).isEqualTo(200);
      assertThat(answer.body()).as(form).isEqualTo("{\"active\":false}");
    }
  }

  @Test
  void aBadClientCredentialIs401WithABasicChallenge() {
    String good = token(application.token(account.id(), "ci").secret().reveal());

    Answer wrongSecret =
        api.post("auth/introspect")
            .basic(client.client().id().toString(), "ptc_wrong")
            .body(FORM, good)
            .send();
    Answer noCredential = api.post("auth/introspect").body(FORM, good).send();
    Answer aTokenInstead =
        api.post("auth/introspect")
            .token(application.token(account.id(), "other").secret().reveal())
            .body(FORM, good)
            .send();

    for (Answer answer : new Answer[] {wrongSecret, noCredential, aTokenInstead}) {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).isEqualTo("auth.client.invalid");
      assertThat(answer.headers("WWW-Authenticate")).containsExactly("Basic realm=\"ptk\"");
      assertThat(answer.body()).doesNotContain("active");
    }
  }

  @Test
  void aWrongBodyIsAJsonError() {
    Answer json =
        api.post("auth/introspect")
            .basic(client.client().id().toString(), client.secret().reveal())
            .json("{\"token\":\"ptk_x\"}")
            .send();
    Answer missing = introspect("token_type_hint=x");
    Answer twice = introspect("token=a&token=b");

    assertThat(json.status()).isEqualTo(415);
    assertThat(json.errorCode()).isEqualTo("media_type.unsupported");
    assertThat(json.error().getString("detail")).contains("application/x-www-form-urlencoded");
    for (Answer answer : new Answer[] {missing, twice}) {
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.errorCode()).isEqualTo("request.token.missing");
      assertThat(answer.parameter()).isEqualTo("token");
    }
  }

  @Test
  void onlyPostIsAllowed() {
    Answer get =
        api.get("auth/introspect")
            .basic(client.client().id().toString(), client.secret().reveal())
            .send();

    assertThat(get.status()).isEqualTo(405);
    assertThat(get.errorCode()).isEqualTo("method.not_allowed");
  }
}
