package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.TokenSecret;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal tokens through the Azion-compatible API: created and shown once, used in every spelling,
 * listed, searched and paged, revoked.
 */
@SharedServer.On
class TokensApiIT extends ApiSupport {

  @Test
  void createdTokenIsShownOnceAndAuthenticates() {
    // One day, computed once: a test running over UTC midnight must not compare two.
    String expiresAt = inDays(30) + "T10:00:00Z";
    Answer created =
        create(
            "{\"name\":\" deploy bot \",\"expires_at\":\""
                + expiresAt
                + "\",\"description\":\"CI\"}");

    assertThat(created.status()).isEqualTo(201);
    JsonObject body = created.json();
    String key = body.getString("key");
    assertThat(key).matches("ptk_[0-9A-Za-z]{38}");
    assertThat(TokenSecret.isWellFormed(key)).isTrue();
    assertThat(body.getString("name")).isEqualTo("deploy bot");
    assertThat(body.getString("description")).isEqualTo("CI");
    assertThat(body.getString("scope")).isEqualTo("global");
    assertThat(body.getString("expires_at")).isEqualTo(expiresAt);
    assertThat(body.getJsonNumber("user_id").longValue()).isPositive();
    assertThat(body.getString("created")).isEqualTo(body.getString("last_modified"));
    assertThat(created.header("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith(body.getString("uuid")));

    Answer fetched = api.get(TOKENS + "/" + body.getString("uuid"), key);
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().containsKey("key")).isFalse();
    assertThat(fetched.json().getString("name")).isEqualTo("deploy bot");
    assertThat(fetched.header("Personal-Token-Expiration")).contains(expiresAt);
  }

  @ParameterizedTest
  @CsvSource({
    "T09:30, T09:30:00Z",
    "T09:30:15, T09:30:15Z",
    "T09:30+02:00, T07:30:00Z",
    "T09:30:00.5-01:00, T10:30:00.500Z",
    "'', T00:00:00Z"
  })
  void expiryIsReadInEveryIsoForm(String time, String expected) {
    String day = inDays(10);
    Answer created = create("{\"name\":\"t\",\"expires_at\":\"" + day + time + "\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getString("expires_at")).isEqualTo(day + expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Token", "token", "TOKEN", "Bearer", "bearer"})
  void everyTokenSchemeSpellingWorks(String scheme) {
    String key = create(tokenJson("scheme")).json().getString("key");

    Answer answer =
        api.send(
            HttpRequest.newBuilder(api.uri("api/user/me"))
                .header("Authorization", scheme + " " + key));
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void azionVersionedAcceptHeaderIsTolerated() {
    Answer answer =
        api.send(
            api.request("api/user/me", session).header("Accept", "application/json; version=3"));
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void lastUsedIsRecordedOnUse() {
    JsonObject created = create(tokenJson("used")).json();
    String path = TOKENS + "/" + created.getString("uuid");
    assertThat(api.get(path, session).json().isNull("last_used_at")).isTrue();

    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    api.get("api/user/me", created.getString("key"));
    Instant after = Instant.now();

    JsonObject listed = api.eventually(path, session, json -> !json.isNull("last_used_at"));
    assertThat(Instant.parse(listed.getString("last_used_at"))).isBetween(before, after);
  }

  // --- listing ---

  @Test
  void listShowsOnlyOwnTokensNewestFirstWithAzionEnvelope() {
    for (String name : List.of("alpha", "beta", "gamma")) {
      create(tokenJson(name));
    }
    Answer answer = api.get(TOKENS, session);

    assertThat(answer.status()).isEqualTo(200);
    JsonObject body = answer.json();
    assertThat(body.getInt("count")).isEqualTo(3);
    assertThat(body.getInt("total_pages")).isEqualTo(1);
    assertThat(body.getInt("schema_version")).isEqualTo(3);
    assertThat(body.getJsonObject("links").isNull("next")).isTrue();
    assertThat(body.getJsonObject("links").isNull("previous")).isTrue();
    assertThat(names(body)).containsExactly("gamma", "beta", "alpha");
    JsonObject listed = body.getJsonArray("results").getJsonObject(0);
    assertThat(listed.keySet())
        .contains(
            "uuid",
            "name",
            "description",
            "created",
            "expires_at",
            "scope",
            "last_modified",
            "last_used_at")
        .doesNotContain("key");
  }

  @Test
  void searchMatchesNameAndDescriptionInAnyCase() {
    create("{\"name\":\"Laptop\",\"expires_at\":\"" + inDays(5) + "\"}");
    create(
        "{\"name\":\"ci\",\"description\":\"for the LAPTOP build\",\"expires_at\":\""
            + inDays(5)
            + "\"}");
    create(tokenJson("other"));

    assertThat(names(api.get(TOKENS + "?search=laptop", session).json()))
        .containsExactlyInAnyOrder("Laptop", "ci");
    assertThat(names(api.get(TOKENS + "?search=%25", session).json())).isEmpty();
  }

  @Test
  void pagesCarryAbsoluteLinks() {
    for (int i = 1; i <= 5; i++) {
      create(tokenJson("token-" + i));
    }
    JsonObject second = api.get(TOKENS + "?page=2&page_size=2", session).json();

    assertThat(second.getInt("count")).isEqualTo(5);
    assertThat(second.getInt("total_pages")).isEqualTo(3);
    assertThat(names(second)).containsExactly("token-3", "token-2");
    String next = second.getJsonObject("links").getString("next");
    String previous = second.getJsonObject("links").getString("previous");
    assertThat(next).startsWith("http").contains("page=3").contains("page_size=2");
    assertThat(previous).startsWith("http").contains("page=1");

    Answer followed =
        api.send(
            HttpRequest.newBuilder(java.net.URI.create(next))
                .header("Authorization", "Token " + session));
    assertThat(names(followed.json())).containsExactly("token-1");
    assertThat(followed.json().getJsonObject("links").isNull("next")).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "page=0, page.invalid, page",
    "page=abc, page.invalid, page",
    "page_size=0, page_size.out_of_range, page_size",
    "page_size=101, page_size.out_of_range, page_size",
    "page_size=x, page_size.invalid, page_size"
  })
  void badPagingIsRefusedClearly(String query, String code, String parameter) {
    Answer answer = api.get(TOKENS + "?" + query, session);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo(code);
    assertThat(
            answer
                .json()
                .getJsonArray("errors")
                .getJsonObject(0)
                .getJsonObject("source")
                .getString("parameter"))
        .isEqualTo(parameter);
  }

  // --- revoking ---

  @Test
  void revokedTokenFailsOnTheVeryNextRequestAndDisappears() {
    JsonObject created = create(tokenJson("short-lived")).json();
    String key = created.getString("key");
    String path = TOKENS + "/" + created.getString("uuid");
    assertThat(api.get("api/user/me", key).status()).isEqualTo(200);

    assertThat(api.delete(path, session).status()).isEqualTo(204);

    Answer refused = api.get("api/user/me", key);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.revoked");
    assertThat(refused.headers("WWW-Authenticate"))
        .containsExactlyInAnyOrder("Token realm=\"ptk\"", "Bearer realm=\"ptk\"");
    assertThat(api.get(path, session).status()).isEqualTo(404);
    assertThat(api.delete(path, session).status()).isEqualTo(404);
    assertThat(names(api.get(TOKENS, session).json())).doesNotContain("short-lived");
  }

  @Test
  void anotherAccountsTokenIsNotFound() {
    String uuid = create(tokenJson("mine")).json().getString("uuid");
    Account stranger = TestDatabase.newAccount(PASSWORD);
    String theirs = api.sessionOf(stranger.email().value(), PASSWORD);

    Answer get = api.get(TOKENS + "/" + uuid, theirs);
    assertThat(get.status()).isEqualTo(404);
    assertThat(get.errorCode()).isEqualTo("token.not_found");
    assertThat(api.delete(TOKENS + "/" + uuid, theirs).status()).isEqualTo(404);
    assertThat(api.get(TOKENS, theirs).json().getInt("count")).isZero();
    assertThat(api.get(TOKENS + "/" + uuid, session).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "PATCH"})
  void tokensCantBeModified(String method) {
    String uuid = create(tokenJson("fixed")).json().getString("uuid");
    Answer answer =
        api.send(
            api.request(TOKENS + "/" + uuid, session)
                .header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString("{\"name\":\"changed\"}")));

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.errorCode()).isEqualTo("token.immutable");
    assertThat(answer.header("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET", "DELETE"));
    assertThat(api.get(TOKENS + "/" + uuid, session).json().getString("name")).isEqualTo("fixed");
  }
}
