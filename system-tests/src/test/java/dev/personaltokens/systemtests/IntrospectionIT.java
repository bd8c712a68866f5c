package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RFC 7662 introspection by a service client the operator registered: every field of an active
 * token, anything else only inactive, and the service's own credentials and request checked.
 */
@SharedServer.On
class IntrospectionIT extends VerificationSupport {

  static final String INTROSPECT = "api/auth/introspect";

  RegisteredServiceClient client;

  @BeforeEach
  void registerAService() {
    client =
        TestDatabase.admin()
            .registerServiceClient()
            .register(TestDatabase.OPERATOR, new ServiceName("billing"));
  }

  /** A request to introspection with a service's Basic credentials and this body. */
  Answer introspection(String clientId, String secret, String contentType, String body) {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return api.send(
        api.request(INTROSPECT, null)
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", contentType)
            .POST(BodyPublishers.ofString(body)));
  }

  Answer introspect(String clientId, String secret, String token) {
    return introspection(
        clientId,
        secret,
        "application/x-www-form-urlencoded",
        "token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8)
            + "&token_type_hint=access_token");
  }

  Answer introspect(String token) {
    return introspect(client.client().id().toString(), client.secret().reveal(), token);
  }

  @Test
  void aGoodTokenIsActiveWithEveryField() {
    JsonObject created =
        api.postJson(
                TOKENS,
                session,
                "{\"name\":\"r\",\"expires_at\":\"" + EXPIRES + "\",\"scope\":\"read_only\"}")
            .json();

    Answer answer = introspect(created.getString("key"));

    assertThat(answer.status()).isEqualTo(200);
    JsonObject body = answer.json();
    assertThat(body.getBoolean("active")).isTrue();
    assertThat(body.getString("scope")).isEqualTo("read_only");
    assertThat(body.getString("client_id")).isEqualTo(client.client().id().toString());
    assertThat(body.getString("username")).isEqualTo(account.email().value());
    assertThat(body.getString("sub")).isEqualTo(account.id().toString());
    assertThat(body.getString("token_type")).isEqualTo("personal_token");
    assertThat(body.getJsonNumber("exp").longValue())
        .isEqualTo(Instant.parse(EXPIRATION).getEpochSecond());
    assertThat(body.getJsonNumber("iat").longValue())
        .isEqualTo(Instant.parse(created.getString("created")).getEpochSecond());
    assertThat(body.getString("jti")).isEqualTo(created.getString("uuid"));
  }

  @Test
  void anyOtherTokenIsOnlyInactive() {
    JsonObject created =
        api.postJson(TOKENS, session, "{\"name\":\"gone\",\"expires_at\":\"" + EXPIRES + "\"}")
            .json();
    api.delete(TOKENS + "/" + created.getString("uuid"), session);

    for (String token :
        List.of(created.getString("key"), session, client.secret().reveal(), "ptk_x", "")) {
      Answer answer = introspect(token);
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).isEqualTo("{\"active\":false}");
    }
  }

  @Test
  void aDeletedServiceIsRefusedOnItsNextCall() {
    String token = token("global");
    assertThat(introspect(token).json().getBoolean("active")).isTrue();

    TestDatabase.admin().deleteServiceClient().delete(TestDatabase.OPERATOR, client.client().id());

    Answer refused = introspect(token);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.client.invalid");
    assertThat(refused.header("WWW-Authenticate")).contains("Basic realm=\"ptk\"");
  }

  @Test
  void aWrongClientSecretIs401() {
    Answer answer =
        introspect(
            client.client().id().toString(),
            TokenFixtures.randomSecret(SecretKind.SERVICE_CLIENT).reveal(),
            token("global"));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.client.invalid");
  }

  @Test
  void aJsonBodyIs415AndAMissingTokenIs400() {
    String id = client.client().id().toString();
    String secret = client.secret().reveal();
    Answer json = introspection(id, secret, "application/json", "{\"token\":\"ptk_x\"}");
    Answer missing =
        introspection(id, secret, "application/x-www-form-urlencoded", "token_type_hint=x");

    assertThat(json.status()).isEqualTo(415);
    assertThat(json.errorCode()).isEqualTo("media_type.unsupported");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.errorCode()).isEqualTo("request.token.missing");
  }
}
