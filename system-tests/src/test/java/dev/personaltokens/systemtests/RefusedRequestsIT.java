package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials that don't work and requests that are wrong: each gets the API's JSON error and
 * changes nothing.
 */
@SharedServer.On
class RefusedRequestsIT extends ApiSupport {

  @Test
  void missingCredentialsAreAskedFor() {
    Answer answer = api.get(TOKENS, null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.missing");
    assertThat(answer.headers("WWW-Authenticate")).contains("Token realm=\"ptk\"");
  }

  @Test
  void mistypedTokenIsRejectedByItsChecksum() {
    String key = create(tokenJson("typo")).json().getString("key");
    char last = key.charAt(key.length() - 1);
    String typo = key.substring(0, key.length() - 1) + (last == 'a' ? 'b' : 'a');

    Answer answer = api.get(TOKENS, typo);
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.token.malformed");
  }

  @Test
  void wellFormedUnknownTokenIsInvalid() {
    String unknown =
        TokenSecret.issue(SecretKind.PERSONAL_TOKEN, "0123456789abcdefghijABCDEFGHIJkl").reveal();

    Answer answer = api.get(TOKENS, unknown);
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.token.invalid");
  }

  @Test
  void expiredTokenIsRefusedAsExpired() {
    Account owner = TestDatabase.newAccount(PASSWORD);
    TokenSecret secret = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN);
    Instant past = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
    TestDatabase.plant(
        TokenFixtures.token(owner.id(), secret, "expired", "", past, past.plusSeconds(60), null));

    Answer answer = api.get("api/user/me", secret.reveal());
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.token.expired");
  }

  // --- requests that are wrong ---

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{not json | request.body.malformed | ",
        "[1,2] | request.body.not_object | ",
        "{\"name\":5,\"expires_at\":\"2030-01-01\"} | request.field.type | /name",
        "{\"name\":\"x\",\"expires_at\":true} | request.field.type | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"2030-01-01\",\"admin\":true} | request.field.unknown | /admin",
        "{\"expires_at\":\"2030-01-01\"} | token.name.blank | /name",
        "{\"name\":\"   \",\"expires_at\":\"2030-01-01\"} | token.name.blank | /name",
        "{\"name\":\"a\\nb\",\"expires_at\":\"2030-01-01\"} | token.name.control_characters | /name",
        "{\"name\":\"x\"} | token.expires_at.required | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"soon\"} | token.expires_at.invalid | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"2020-01-01T00:00\"} | token.expires_at.not_in_future | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"2999-01-01T00:00\"} | token.expires_at.too_far | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"2030-01-01\",\"scope\":\"admin\"} | token.scope.unknown | /scope"
      })
  void badCreateRequestsGetJsonErrorsAndCreateNothing(String body, String code, String pointer) {
    String json = body.replace("2030-01-01", inDays(20));
    Answer answer = create(json);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(answer.errorCode()).isEqualTo(code);
    JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("status")).isEqualTo("400");
    assertThat(error.getString("detail")).isNotBlank();
    if (pointer != null) {
      assertThat(error.getJsonObject("source").getString("pointer")).isEqualTo(pointer);
    }
    assertThat(api.get(TOKENS, session).json().getInt("count")).isZero();
  }

  @Test
  void tooLongNameIsRefused() {
    Answer answer =
        create(("{\"name\":\"" + "n".repeat(101) + "\",\"expires_at\":\"" + inDays(3) + "\"}"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("token.name.too_long");
    assertThat(
            answer
                .json()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getJsonObject("source")
                .getString("pointer"))
        .isEqualTo("/name");
  }

  @Test
  void oversizedBodyIsRefused() {
    Answer answer =
        create("{\"name\":\"" + "x".repeat(20_000) + "\",\"expires_at\":\"" + inDays(3) + "\"}");

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.errorCode()).isEqualTo("request.body.too_large");
  }

  @Test
  void bodyThatIsNotJsonIsRefused() {
    Answer answer =
        api.send(
            api.request(TOKENS, session)
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("name=x")));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.errorCode()).isEqualTo("media_type.unsupported");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-uuid", "1-1-1-1-1", "00000000000000000000000000000000"})
  void badUuidIsRefused(String uuid) {
    Answer answer = api.get(TOKENS + "/" + uuid, session);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("token.id.invalid");
  }

  @ParameterizedTest
  @CsvSource({
    "POST, api/tokens, ';;', 400",
    "POST, api/iam/personal_tokens, 'application/json;;charset', 400",
    "GET, WEB-INF/web.xml, '', 404"
  })
  void whatTheContainerRefusesByItselfIsJsonToo(
      String method, String path, String contentType, int status) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path)).method(method, BodyPublishers.ofString("x"));
    if (!contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }

    Answer answer = api.send(request);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(answer.body()).doesNotContain("<html").doesNotContain("Payara");
    assertThat(answer.errorCode()).isNotBlank();
  }

  /** What operators watch: every use case call by outcome, and the last-used batches. */
  @Test
  void unknownAddressGetsJsonNotHtml() {
    Answer answer = api.get("api/no/such/thing", session);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.errorCode()).isEqualTo("not_found");
  }
}
