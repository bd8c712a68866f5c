package dev.personaltokens.adapter.in.rest;

import static dev.personaltokens.adapter.in.rest.RestComponent.jsonType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.domain.account.Account;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/iam/personal_tokens} over HTTP in memory: statuses, JSON shapes, headers and error
 * codes as PersonalTokensApiIT sees them on Payara. One Jersey application for the class; each test
 * has its own account.
 */
class PersonalTokensComponentTest {

  static final String TOKENS = "iam/personal_tokens";

  static final RestComponent api = RestComponent.over(new InMemoryApplication());

  Account account;
  String session;

  @BeforeEach
  void signInAsNewAccount() {
    account = api.newAccount();
    session = api.session(account);
  }

  // --- creating ---

  @Test
  void createdTokenIsShownOnceWithItsLocationAndAuthenticates() {
    String expiry = api.inDays(30) + "T10:00:00Z";
    Answer created =
        create(
            "{\"name\":\" deploy bot \",\"expires_at\":\"" + expiry + "\",\"description\":\"CI\"}");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.header("Content-Type")).hasValueSatisfying(jsonType());
    JsonObject body = created.json();
    assertThat(body.keySet())
        .containsExactlyInAnyOrder(
            "uuid",
            "name",
            "key",
            "user_id",
            "created",
            "expires_at",
            "description",
            "scope",
            "hint",
            "last_modified",
            "last_used_at",
            "last_used_ip",
            "allowed_ips");
    String key = body.getString("key");
    assertThat(key).matches("ptk_[0-9A-Za-z]{38}");
    assertThat(body.getString("uuid")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*");
    assertThat(body.getString("name")).isEqualTo("deploy bot");
    assertThat(body.getString("description")).isEqualTo("CI");
    assertThat(body.getString("scope")).isEqualTo("global");
    assertThat(body.getString("hint"))
        .endsWith(key.substring(key.length() - 4))
        .doesNotContain(key);
    assertThat(body.getString("expires_at")).isEqualTo(expiry);
    assertThat(body.getJsonNumber("user_id").longValue()).isEqualTo(account.id().value());
    assertThat(body.getString("created"))
        .isEqualTo(api.application().clock().now().toString())
        .isEqualTo(body.getString("last_modified"));
    assertThat(body.isNull("last_used_at")).isTrue();
    assertThat(created.header("Location"))
        .contains(RestComponent.BASE + TOKENS + "/" + body.getString("uuid"));
    assertThat(created.header("Cache-Control")).contains("no-store");

    Answer fetched = api.get(TOKENS + "/" + body.getString("uuid")).token(key).send();
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.json().containsKey("key")).isFalse();
    assertThat(fetched.body()).doesNotContain(key);
    assertThat(fetched.json().getString("name")).isEqualTo("deploy bot");
    assertThat(fetched.header("Personal-Token-Expiration")).contains(expiry);
  }

  @ParameterizedTest
  @CsvSource({
    "T09:30, T09:30:00Z",
    "T09:30:15, T09:30:15Z",
    "T09:30+02:00, T07:30:00Z",
    "T09:30:00.5-01:00, T10:30:00.500Z",
    "'', T00:00:00Z"
  })
  void expiryIsReadInEveryIsoFormAndAnsweredInUtc(String time, String expected) {
    String day = api.inDays(10);
    Answer created = create("{\"name\":\"t\",\"expires_at\":\"" + day + time + "\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().getString("expires_at")).isEqualTo(day + expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{not json | request.body.malformed | ",
        "{\"name\":\"x\"} trailing | request.body.malformed | ",
        "[1,2] | request.body.not_object | ",
        "{\"name\":5,\"expires_at\":\"DAY\"} | request.field.type | /name",
        "{\"name\":\"x\",\"expires_at\":true} | request.field.type | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"DAY\",\"admin\":true} | request.field.unknown | /admin",
        "{\"expires_at\":\"DAY\"} | token.name.blank | /name",
        "{\"name\":\"   \",\"expires_at\":\"DAY\"} | token.name.blank | /name",
        "{\"name\":\"a\\nb\",\"expires_at\":\"DAY\"} | token.name.control_characters | /name",
        "{\"name\":\"x\"} | token.expires_at.required | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"soon\"} | token.expires_at.invalid | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"2020-01-01T00:00\"} | token.expires_at.not_in_future | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"2999-01-01T00:00\"} | token.expires_at.too_far | /expires_at",
        "{\"name\":\"x\",\"expires_at\":\"DAY\",\"scope\":\"admin\"} | token.scope.unknown | /scope"
      })
  void badCreateRequestsGetAJsonErrorPointingAtTheFieldAndCreateNothing(
      String body, String code, String pointer) {
    Answer answer = create(body.replace("DAY", api.inDays(20)));

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    assertThat(answer.json().getJsonArray("errors")).hasSize(1);
    JsonObject error = answer.error();
    assertThat(error.getString("status")).isEqualTo("400");
    assertThat(error.getString("code")).isEqualTo(code);
    assertThat(error.getString("title")).isEqualTo("Bad Request");
    assertThat(error.getString("detail")).isNotBlank();
    if (pointer == null) {
      assertThat(error.containsKey("source")).isFalse();
    } else {
      assertThat(answer.pointer()).isEqualTo(pointer);
      assertThat(answer.parameter()).isNull();
    }
    assertThat(count()).isZero();
  }

  @Test
  void deeplyNestedJsonIsMalformedNotAServerError() {
    Answer answer = create("{\"name\":" + "[".repeat(5000));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("request.body.malformed");
  }

  @Test
  void emptyBodyIsRefused() {
    Answer answer = api.post(TOKENS).token(session).json("").send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("request.body.missing");
  }

  @Test
  void tooLongNameIsRefused() {
    Answer answer =
        create("{\"name\":\"" + "n".repeat(101) + "\",\"expires_at\":\"" + api.inDays(3) + "\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("token.name.too_long");
    assertThat(answer.pointer()).isEqualTo("/name");
  }

  @Test
  void oversizedBodyIsRefused() {
    Answer answer =
        create(
            "{\"name\":\"" + "x".repeat(20_000) + "\",\"expires_at\":\"" + api.inDays(3) + "\"}");

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.errorCode()).isEqualTo("request.body.too_large");
    assertThat(count()).isZero();
  }

  @Test
  void bodyThatIsNotJsonIsRefusedAsUnsupported() {
    Answer answer = api.post(TOKENS).token(session).body("text/plain", "name=x").send();

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.errorCode()).isEqualTo("media_type.unsupported");
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
  }

  // --- listing ---

  @Test
  void listShowsOnlyOwnTokensNewestFirstInAzionsEnvelope() {
    for (String name : List.of("alpha", "beta", "gamma")) {
      create(tokenJson(name));
    }
    api.application().token(api.newAccount().id(), "someone else's");

    Answer answer = api.get(TOKENS).token(session).send();

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    JsonObject body = answer.json();
    assertThat(body.keySet())
        .containsExactlyInAnyOrder("count", "total_pages", "schema_version", "links", "results");
    assertThat(body.getInt("count")).isEqualTo(3);
    assertThat(body.getInt("total_pages")).isEqualTo(1);
    assertThat(body.getInt("schema_version")).isEqualTo(3);
    assertThat(body.getJsonObject("links").keySet()).containsExactlyInAnyOrder("previous", "next");
    assertThat(body.getJsonObject("links").isNull("next")).isTrue();
    assertThat(body.getJsonObject("links").isNull("previous")).isTrue();
    assertThat(names(body)).containsExactly("gamma", "beta", "alpha");
    JsonObject listed = body.getJsonArray("results").getJsonObject(0);
    assertThat(listed.keySet())
        .containsExactlyInAnyOrder(
            "uuid",
            "name",
            "description",
            "scope",
            "hint",
            "created",
            "last_modified",
            "expires_at",
            "last_used_at",
            "last_used_ip",
            "allowed_ips",
            "blocked");
    assertThat(listed.getString("description")).isEmpty();
    assertThat(listed.isNull("blocked")).isTrue();
  }

  @Test
  void emptyListHasZeroPagesAndNoLinks() {
    JsonObject body = api.get(TOKENS).token(session).send().json();

    assertThat(body.getInt("count")).isZero();
    assertThat(body.getJsonArray("results")).isEmpty();
    assertThat(body.getJsonObject("links").isNull("next")).isTrue();
  }

  @Test
  void searchMatchesNameAndDescriptionInAnyCase() {
    create("{\"name\":\"Laptop\",\"expires_at\":\"" + api.inDays(5) + "\"}");
    create(
        "{\"name\":\"ci\",\"description\":\"for the LAPTOP build\",\"expires_at\":\""
            + api.inDays(5)
            + "\"}");
    create(tokenJson("other"));

    assertThat(names(api.get(TOKENS + "?search=laptop").token(session).send().json()))
        .containsExactlyInAnyOrder("Laptop", "ci");
    assertThat(names(api.get(TOKENS + "?search=%25").token(session).send().json())).isEmpty();
  }

  @Test
  void pagesCarryAbsoluteLinksThatCanBeFollowed() {
    for (int i = 1; i <= 5; i++) {
      create(tokenJson("token-" + i));
    }
    JsonObject second = api.get(TOKENS + "?page=2&page_size=2").token(session).send().json();

    assertThat(second.getInt("count")).isEqualTo(5);
    assertThat(second.getInt("total_pages")).isEqualTo(3);
    assertThat(names(second)).containsExactly("token-3", "token-2");
    String next = second.getJsonObject("links").getString("next");
    String previous = second.getJsonObject("links").getString("previous");
    assertThat(next)
        .startsWith(RestComponent.BASE + TOKENS + "?")
        .contains("page=3")
        .contains("page_size=2");
    assertThat(previous).startsWith(RestComponent.BASE + TOKENS + "?").contains("page=1");

    JsonObject third = api.get(next).token(session).send().json();
    assertThat(names(third)).containsExactly("token-1");
    assertThat(third.getJsonObject("links").isNull("next")).isTrue();
    assertThat(third.getJsonObject("links").getString("previous")).contains("page=2");
  }

  @ParameterizedTest
  @CsvSource({
    "page=0, page.invalid, page",
    "page=abc, page.invalid, page",
    "page_size=0, page_size.out_of_range, page_size",
    "page_size=101, page_size.out_of_range, page_size",
    "page_size=x, page_size.invalid, page_size"
  })
  void badPagingIsRefusedNamingTheParameter(String query, String code, String parameter) {
    Answer answer = api.get(TOKENS + "?" + query).token(session).send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo(code);
    assertThat(answer.parameter()).isEqualTo(parameter);
    assertThat(answer.pointer()).isNull();
  }

  @Test
  void tooLongSearchIsRefusedNamingTheParameter() {
    Answer answer = api.get(TOKENS + "?search=" + "s".repeat(256)).token(session).send();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("search.too_long");
    assertThat(answer.parameter()).isEqualTo("search");
  }

  // --- one token ---

  @ParameterizedTest
  @ValueSource(strings = {"not-a-uuid", "1-1-1-1-1", "00000000000000000000000000000000"})
  void badUuidIsRefusedNamingThePathParameter(String uuid) {
    for (Answer answer :
        List.of(
            api.get(TOKENS + "/" + uuid).token(session).send(),
            api.delete(TOKENS + "/" + uuid).token(session).send())) {
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.errorCode()).isEqualTo("token.id.invalid");
      assertThat(answer.parameter()).isEqualTo("uuid");
    }
  }

  @Test
  void revokedTokenFailsOnTheVeryNextRequestAndDisappears() {
    JsonObject created = create(tokenJson("short-lived")).json();
    String key = created.getString("key");
    String path = TOKENS + "/" + created.getString("uuid");
    assertThat(api.get("user/me").token(key).send().status()).isEqualTo(200);

    Answer revoked = api.delete(path).token(session).send();

    assertThat(revoked.status()).isEqualTo(204);
    assertThat(revoked.body()).isEmpty();
    Answer refused = api.get("user/me").token(key).send();
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.revoked");
    Answer gone = api.get(path).token(session).send();
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.errorCode()).isEqualTo("token.not_found");
    assertThat(api.delete(path).token(session).send().status()).isEqualTo(404);
    assertThat(count()).isZero();
  }

  @Test
  void anotherAccountsTokenIsNotFound() {
    String uuid = create(tokenJson("mine")).json().getString("uuid");
    String theirs = api.session(api.newAccount());

    Answer get = api.get(TOKENS + "/" + uuid).token(theirs).send();
    assertThat(get.status()).isEqualTo(404);
    assertThat(get.errorCode()).isEqualTo("token.not_found");
    assertThat(get.error().getString("status")).isEqualTo("404");
    Answer delete = api.delete(TOKENS + "/" + uuid).token(theirs).send();
    assertThat(delete.status()).isEqualTo(404);
    assertThat(delete.errorCode()).isEqualTo("token.not_found");
    assertThat(api.get(TOKENS).token(theirs).send().json().getInt("count")).isZero();
    assertThat(api.get(TOKENS + "/" + uuid).token(session).send().status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "PATCH"})
  void tokensCantBeModified(String method) {
    String uuid = create(tokenJson("fixed")).json().getString("uuid");

    Answer answer =
        api.request(method, TOKENS + "/" + uuid)
            .token(session)
            .json("{\"name\":\"changed\"}")
            .send();

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.errorCode()).isEqualTo("token.immutable");
    assertThat(answer.header("Content-Type")).hasValueSatisfying(jsonType());
    assertThat(String.join(",", answer.headers("Allow")))
        .contains("GET", "DELETE")
        .doesNotContain("PUT", "PATCH");
    assertThat(api.get(TOKENS + "/" + uuid).token(session).send().json().getString("name"))
        .isEqualTo("fixed");
  }

  // --- helpers ---

  /** Creates through the API; the clock moves on so that "newest first" is well defined. */
  private Answer create(String json) {
    api.application().clock().advance(Duration.ofSeconds(1));
    return api.post(TOKENS).token(session).json(json).send();
  }

  private int count() {
    return api.get(TOKENS).token(session).send().json().getInt("count");
  }

  private static String tokenJson(String name) {
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + api.inDays(7) + "T00:00:00Z\"}";
  }

  private static List<String> names(JsonObject list) {
    return list.getJsonArray("results").getValuesAs(JsonObject.class).stream()
        .map(token -> token.getString("name"))
        .toList();
  }
}
