package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole API over HTTP, against the built WAR on Payara Micro and a real MariaDB. All API tests
 * live in this one class so that the server boots once; each test makes its own accounts and tokens
 * and relies on no other test's data.
 *
 * <p>Topics are sections, not {@code @Nested} classes: Arquillian 1.10.2 deploys once for them, but
 * runs each nested class in an Arquillian class context of its own that has no deployment, so
 * neither its fields nor the enclosing instance get the {@code @ArquillianResource URL}
 * (arquillian-core issue 773, fixed after 1.10.2).
 */
@SharedServer.On
class PersonalTokensApiIT {

  static final String ADMIN_EMAIL = SharedServer.ADMIN_EMAIL;
  static final String ADMIN_PASSWORD = SharedServer.ADMIN_PASSWORD;
  static final String PASSWORD = "a-long-enough-password";
  static final String TOKENS = "api/iam/personal_tokens";

  final URL deployment = SharedServer.url();

  ApiClient api;
  String session;

  @BeforeEach
  void signInAsNewAccount() {
    api = new ApiClient(deployment);
    Account account = TestDatabase.newAccount(PASSWORD);
    session = api.sessionOf(account.email().value(), PASSWORD);
  }

  // --- signing in ---

  @Test
  void firstAccountFromConfigurationSignsIn() {
    Answer answer = api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

    assertThat(answer.status()).isEqualTo(201);
    JsonObject body = answer.json();
    assertThat(body.getString("token")).matches("pts_[0-9A-Za-z]{38}");
    Instant created = Instant.parse(body.getString("created_at"));
    assertThat(Instant.parse(body.getString("expires_at")))
        .isEqualTo(created.plus(24, ChronoUnit.HOURS));
    assertThat(answer.header("Cache-Control")).contains("no-store");
  }

  @Test
  void emailIsCaseInsensitiveAtSignIn() {
    assertThat(api.signIn(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD).status()).isEqualTo(201);
  }

  @Test
  void wrongPasswordOrUnknownEmailIsRefusedAlike() {
    Answer wrongPassword = api.signIn(ADMIN_EMAIL, "not-the-password");
    Answer unknownEmail = api.signIn("nobody-" + UUID.randomUUID() + "@example.com", PASSWORD);

    for (Answer answer : List.of(wrongPassword, unknownEmail)) {
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).isEqualTo("auth.credentials.invalid");
      assertThat(answer.header("WWW-Authenticate")).contains("Basic realm=\"ptk\"");
    }
    assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Basic", "Basic !!!notbase64", "Basic bm9jb2xvbg==", "Token abc"})
  void malformedSignInIsRefused(String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri("api/tokens")).POST(BodyPublishers.noBody());
    if (!authorization.isEmpty()) {
      request.header("Authorization", authorization);
    }
    Answer answer = api.send(request);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.credentials.invalid");
  }

  @Test
  void guessingPasswordsIsSlowedAndSaidWhenToTryAgain() {
    Account guessed = TestDatabase.newAccount(PASSWORD);
    String email = guessed.email().value();
    for (int i = 0; i < 5; i++) {
      assertThat(api.signIn(email, "a wrong password").status()).isEqualTo(401);
    }

    Answer throttled = api.signIn(email, PASSWORD);

    assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
    assertThat(throttled.errorCode()).isEqualTo("auth.throttled");
    assertThat(throttled.header("Retry-After")).contains("30");
    assertThat(throttled.json().getJsonArray("errors").getJsonObject(0).getString("detail"))
        .isEqualTo("too many failed sign-ins from this address; try again in 30 seconds");
  }

  @Test
  void meShowsTheAccountAndTheTokenExpiry() {
    Answer signIn = api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    String expiresAt = signIn.json().getString("expires_at");
    Answer answer = api.get("api/user/me", signIn.json().getString("token"));

    assertThat(answer.status()).isEqualTo(200);
    JsonObject me = answer.json().getJsonObject("results");
    assertThat(me.getString("email")).isEqualTo(ADMIN_EMAIL);
    assertThat(me.getString("client_id"))
        .isEqualTo(Long.toString(me.getJsonNumber("id").longValue()));
    assertThat(answer.header("Personal-Token-Expiration")).contains(expiresAt);
  }

  @Test
  void signingOutEndsTheSession() {
    assertThat(api.delete("api/tokens", session).status()).isEqualTo(204);

    Answer after = api.get("api/user/me", session);
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.errorCode()).isEqualTo("auth.token.invalid");
  }

  // --- creating and using a token ---

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

  // --- credentials that don't work ---

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
  void metricsCountCallsByUseCaseAndOutcome() {
    String key = create(tokenJson("counted")).json().getString("key");
    api.get("api/user/me", key);
    api.get("api/user/me", key); // from the node cache
    api.signIn(ADMIN_EMAIL, "not-the-admin-password");

    String metrics =
        api.eventually(
            "/metrics?scope=application", text -> text.contains("ptk_last_used_batch_size"));

    assertThat(metrics)
        .containsPattern(
            "ptk_use_case_calls_total\\{[^}]*outcome=\"ok\"[^}]*use_case=\"CreatePersonalToken\"")
        .containsPattern(
            "ptk_use_case_calls_total\\{[^}]*outcome=\"ok\"[^}]*use_case=\"Authenticate\"")
        .containsPattern(
            "ptk_use_case_calls_total\\{[^}]*outcome=\"auth.credentials.invalid\"[^}]*use_case=\"SignIn\"")
        .contains("ptk_last_used_lag_seconds")
        .containsPattern("ptk_node_cache_hits\\{[^}]*\\} [1-9]")
        .containsPattern("ptk_node_cache_misses\\{[^}]*\\} [1-9]")
        .contains("ptk_node_cache_evictions")
        .containsPattern("ptk_node_cache_trusted\\{[^}]*\\} 1")
        .containsPattern("ptk_cluster_members\\{[^}]*\\} 1");
  }

  @Test
  void unknownAddressGetsJsonNotHtml() {
    Answer answer = api.get("api/no/such/thing", session);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.errorCode()).isEqualTo("not_found");
  }

  // --- rotating, self, revoke all, leak reports ---

  @Test
  void rotationReplacesTheTokenAndTheOldKeyIsToldSo() {
    JsonObject old = create(tokenJson("rotating")).json();
    String oldPath = TOKENS + "/" + old.getString("uuid");

    Answer rotated = rotate(oldPath + "/rotate", session);

    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
    JsonObject successor = rotated.json();
    assertThat(successor.getString("name")).isEqualTo("rotating");
    assertThat(successor.getString("expires_at")).isNotBlank();
    assertThat(rotated.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith(successor.getString("uuid")));
    assertThat(api.get("api/user/me", successor.getString("key")).status()).isEqualTo(200);
    Answer refused = api.get("api/user/me", old.getString("key"));
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.rotated");
    assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("detail"))
        .contains("replaced by rotation on " + successor.getString("created").substring(0, 10));
    assertThat(api.get(oldPath, session).status()).isEqualTo(404);
    assertThat(names(api.get(TOKENS, session).json())).containsOnlyOnce("rotating");
  }

  @Test
  void rotatingARotatedAwayTokenEndsTheWholeFamily() {
    JsonObject first = create(tokenJson("family")).json();
    String firstRotate = TOKENS + "/" + first.getString("uuid") + "/rotate";
    JsonObject second = rotate(firstRotate, session).json();
    JsonObject third = rotate(TOKENS + "/" + second.getString("uuid") + "/rotate", session).json();
    String bystander = create(tokenJson("bystander")).json().getString("key");

    Answer reuse = rotate(firstRotate, session);

    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.errorCode()).isEqualTo("auth.token.rotated");
    assertThat(api.get("api/user/me", third.getString("key")).errorCode())
        .isEqualTo("auth.token.revoked");
    assertThat(api.get("api/user/me", bystander).status()).isEqualTo(200);
    assertThat(names(api.get(TOKENS, session).json())).doesNotContain("family");
  }

  @Test
  void concurrentRotationsOfOneTokenLeaveOneSuccessor() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        String path =
            TOKENS + "/" + create(tokenJson("race-" + round + "-x")).json().getString("uuid");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Answer> rotation =
            () -> {
              start.await();
              return rotate(path + "/rotate", session);
            };
        Future<Answer> one = pool.submit(rotation);
        Future<Answer> two = pool.submit(rotation);
        start.countDown();
        List<Integer> statuses =
            List.of(one.get(10, TimeUnit.SECONDS).status(), two.get(10, TimeUnit.SECONDS).status());

        assertThat(statuses).as("round " + round).containsOnlyOnce(201);
        assertThat(statuses).as("round " + round).containsAnyOf(409, 401);
        assertThat(api.get(TOKENS + "?search=race-" + round + "-x", session).json().getInt("count"))
            .as("live successors, round " + round)
            .isLessThanOrEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void selfIsTheCallingTokenAndASessionHasNone() {
    JsonObject own = create(tokenJson("script")).json();
    String key = own.getString("key");

    assertThat(api.get(TOKENS + "/self", key).json().getString("uuid"))
        .isEqualTo(own.getString("uuid"));
    assertThat(api.get(TOKENS + "/self", session).errorCode()).isEqualTo("token.self.not_personal");
    Answer rotated = rotate(TOKENS + "/self/rotate", key);
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
    String next = rotated.json().getString("key");
    assertThat(api.delete(TOKENS + "/self", next).status()).isEqualTo(204);
    assertThat(api.get("api/user/me", next).errorCode()).isEqualTo("auth.token.revoked");
    Answer reuse = rotate(TOKENS + "/self/rotate", key);
    assertThat(reuse.status()).isEqualTo(401);
    assertThat(reuse.errorCode()).isEqualTo("auth.token.rotated");
  }

  @Test
  void aReadOnlyTokenMayNotRotateOrRevoke() {
    String readOnly =
        create(
                "{\"name\":\"reader\",\"scope\":\"read_only\",\"expires_at\":\""
                    + inDays(7)
                    + "T00:00:00Z\"}")
            .json()
            .getString("key");
    String other = TOKENS + "/" + create(tokenJson("target")).json().getString("uuid");

    assertThat(rotate(other + "/rotate", readOnly).status()).isEqualTo(403);
    assertThat(rotate(TOKENS + "/self/rotate", readOnly).status()).isEqualTo(403);
    assertThat(api.postJson(TOKENS + "/revoke_all", readOnly, "{\"confirm\":\"delete\"}").status())
        .isEqualTo(403);
    assertThat(api.delete(TOKENS + "/self", readOnly).status()).isEqualTo(403);
    assertThat(api.get("api/user/me", readOnly).status()).isEqualTo(200);
  }

  @Test
  void anotherAccountsTokenCanNotBeRotated() {
    String uuid = create(tokenJson("mine")).json().getString("uuid");
    Account stranger = TestDatabase.newAccount(PASSWORD);
    String theirs = api.sessionOf(stranger.email().value(), PASSWORD);

    Answer answer = rotate(TOKENS + "/" + uuid + "/rotate", theirs);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.errorCode()).isEqualTo("token.not_found");
    assertThat(api.get(TOKENS + "/" + uuid, session).status()).isEqualTo(200);
  }

  @Test
  void revokeAllNeedsTheWordAndRevokesEveryTokenButTheSession() {
    String one = create(tokenJson("one")).json().getString("key");
    create(tokenJson("two"));

    Answer unconfirmed = api.postJson(TOKENS + "/revoke_all", session, "{\"confirm\":\"yes\"}");
    Answer confirmed = api.postJson(TOKENS + "/revoke_all", session, "{\"confirm\":\"delete\"}");

    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(unconfirmed.errorCode()).isEqualTo("confirm.required");
    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.json().getInt("revoked")).isEqualTo(2);
    assertThat(confirmed.json().getBoolean("caller_revoked")).isFalse();
    assertThat(api.get("api/user/me", one).errorCode()).isEqualTo("auth.token.revoked");
    assertThat(api.get(TOKENS, session).json().getInt("count")).isZero();
  }

  @Test
  void aLeakReportAnswersAlikeAndRevokesTheLiveTokenSoon() throws InterruptedException {
    String live = create(tokenJson("leaked")).json().getString("key");
    JsonObject dead = create(tokenJson("dead")).json();
    api.delete(TOKENS + "/" + dead.getString("uuid"), session);

    Answer forLive = report(live);
    Answer forDead = report(dead.getString("key"));

    assertThat(forLive.status()).as(forLive.toString()).isEqualTo(202);
    assertThat(forLive.body()).isEqualTo(forDead.body()).isEqualTo("{\"received\":1}");
    assertThat(forLive.response().headers().map().keySet())
        .isEqualTo(forDead.response().headers().map().keySet());
    awaitRefused(live);
    assertThat(api.get("api/user/me", live).errorCode()).isEqualTo("auth.token.revoked");
  }

  @Test
  void aMalformedLeakReportIsRefusedAsJson() {
    Answer answer = api.postJson("api/credentials/revoke", null, "{\"credentials\":\"ptk_\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("request.field.type");
  }

  // --- the security log ---

  @Test
  void theSecurityLogTellsTheWholeStoryWithAddressesAndNoSecret() throws InterruptedException {
    Account account = TestDatabase.newAccount(PASSWORD);
    String email = account.email().value();
    assertThat(api.signIn(email, "not the password at all").status()).isEqualTo(401);
    String mine = api.sessionOf(email, PASSWORD);
    // Long-lived: a token within a week of its expiry would add a notice to the story.
    JsonObject created = api.postJson(TOKENS, mine, longLivedTokenJson("logged")).json();
    String path = TOKENS + "/" + created.getString("uuid");
    JsonObject successor = rotate(path + "/rotate", mine).json();
    assertThat(rotate(path + "/rotate", mine).status()).isEqualTo(401); // a reuse
    String leaked =
        api.postJson(TOKENS, mine, longLivedTokenJson("leaked")).json().getString("key");
    report(leaked);
    awaitRefused(leaked);
    api.send(api.request("api/tokens", mine).DELETE());
    String again = api.sessionOf(email, PASSWORD);

    Answer log = api.get("api/audit_events?page_size=100", again);

    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    List<JsonObject> all = log.json().getJsonArray("results").getValuesAs(JsonObject.class);
    // The owner's mail about the leak goes out in the background: its event has no fixed place.
    assertThat(all)
        .filteredOn(event -> event.getString("type").equals("token.expiry_notice"))
        .singleElement()
        .satisfies(
            notice -> assertThat(notice.getString("detail")).startsWith("revoked as leaked"));
    List<JsonObject> events =
        all.stream()
            .filter(event -> !event.getString("type").equals("token.expiry_notice"))
            .toList();
    assertThat(events)
        .extracting(event -> event.getString("type"))
        .containsExactly(
            "session.created",
            "session.ended",
            "token.revoked_leaked",
            "token.created",
            "token.reuse_detected",
            "token.rotated",
            "token.created",
            "session.created",
            "session.failed");
    assertThat(events)
        .allSatisfy(event -> assertThat(event.getString("ip")).isEqualTo(ourAddress()))
        .allSatisfy(
            event -> assertThat(event.getString("user_agent")).startsWith("Java-http-client"));
    JsonObject rotation = events.get(5);
    assertThat(rotation.getJsonObject("token").getString("uuid"))
        .isEqualTo(created.getString("uuid"));
    assertThat(rotation.getString("detail")).contains(successor.getString("uuid"));
    assertThat(log.body())
        .doesNotContain(created.getString("key"))
        .doesNotContain(successor.getString("key"))
        .doesNotContain(leaked)
        .doesNotContain(PASSWORD);
    assertThat(api.get("api/audit_events?type=session.failed", again).json().getInt("count"))
        .isEqualTo(1);
    assertThat(
            api.get("api/audit_events", session).json().getJsonArray("results").stream()
                .map(JsonObject.class::cast)
                .map(event -> event.getString("type")))
        .as("another account's log")
        .containsExactly("session.created");
  }

  @Test
  void aTokenShowsWhereItWasLastUsedFrom() {
    String key = create(tokenJson("used")).json().getString("key");

    api.get("api/user/me", key);

    JsonObject self = api.eventually(TOKENS + "/self", key, json -> !json.isNull("last_used_ip"));
    assertThat(self.getString("last_used_ip")).isEqualTo(ourAddress());
  }

  /** The address the server sees these requests come from: the deployment's, on this machine. */
  private String ourAddress() {
    try {
      return InetAddress.getByName(deployment.getHost()).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- email notices ---

  @Test
  void aTokenThatExpiresWithinAWeekIsNoticedOnceByMailAndLogged() throws Exception {
    Account owner = TestDatabase.newAccount(PASSWORD);
    String mine = api.sessionOf(owner.email().value(), PASSWORD);
    JsonObject token =
        api.postJson(
                TOKENS,
                mine,
                "{\"name\":\"nightly backup\",\"expires_at\":\""
                    + Instant.now().plus(6, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                    + "\"}")
            .json();

    List<MimeMessage> mails =
        TestMailServer.awaitMailsTo(owner.email().value(), 1, Duration.ofSeconds(15));
    awaitNoticeRuns(3); // three more runs of the notices, which must not mail again

    assertThat(TestMailServer.mailsTo(owner.email().value())).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject())
        .isEqualTo("Personal Tokens: your token \"nightly backup\" expires soon");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("tokens@it.example.com");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body)
        .contains("\"nightly backup\" (" + token.getString("hint") + ") expires on ")
        .contains(" UTC.")
        .contains("#/personal-tokens")
        .doesNotContain(token.getString("key"));
    Answer log = api.get("api/audit_events?type=token.expiry_notice", mine);
    assertThat(log.json().getInt("count")).isEqualTo(1);
    assertThat(log.json().getJsonArray("results").getJsonObject(0).getString("detail"))
        .contains("expires within 7 days", owner.email().value());
  }

  @Test
  void aLeakedTokensOwnerIsMailedAtOnce() throws Exception {
    Account owner = TestDatabase.newAccount(PASSWORD);
    String mine = api.sessionOf(owner.email().value(), PASSWORD);
    JsonObject token =
        api.postJson(TOKENS, mine, longLivedTokenJson("published by mistake")).json();

    report(token.getString("key"));
    List<MimeMessage> mails =
        TestMailServer.awaitMailsTo(owner.email().value(), 1, Duration.ofSeconds(5));

    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).contains("reported as leaked and revoked");
    assertThat(GreenMailUtil.getBody(mails.get(0)))
        .contains("\"published by mistake\" (" + token.getString("hint") + ") was found in public")
        .doesNotContain(token.getString("key"));
  }

  @Test
  void aMailServerThatIsDownDelaysNoticesAndBreaksNothingElse() throws Exception {
    Account owner = TestDatabase.newAccount(PASSWORD);
    String mine = api.sessionOf(owner.email().value(), PASSWORD);
    TestMailServer.stop();
    try {
      Answer created = api.postJson(TOKENS, mine, tokenJson("noticed later"));
      awaitNoticeRuns(2); // runs of the notices that find no mail server

      assertThat(created.status()).isEqualTo(201);
      assertThat(api.get(TOKENS, mine).status()).isEqualTo(200);
      assertThat(api.get("api/audit_events?type=token.expiry_notice", mine).json().getInt("count"))
          .isZero();
    } finally {
      TestMailServer.running();
    }
    assertThat(TestMailServer.awaitMailsTo(owner.email().value(), 1, Duration.ofSeconds(15)))
        .hasSize(1);
  }

  /**
   * Waits until the server has looked for due notices {@code runs} more times (every second here):
   * the signal that what must not happen had its chance to, instead of a fixed sleep.
   */
  private void awaitNoticeRuns(int runs) {
    double before = noticeRuns();
    double after = Eventually.until(this::noticeRuns, now -> now >= before + runs);
    assertThat(after).as("runs of the notices").isGreaterThanOrEqualTo(before + runs);
  }

  /** Every SendNotices call so far, whatever its outcome, from the server's metrics. */
  private double noticeRuns() {
    return api.get("/metrics?scope=application", null)
        .body()
        .lines()
        .filter(line -> line.startsWith("ptk_use_case_calls_total{"))
        .filter(line -> line.contains("use_case=\"SendNotices\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static String longLivedTokenJson(String name) {
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + inDays(90) + "T00:00:00Z\"}";
  }

  private void awaitRefused(String key) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (api.get("api/user/me", key).status() == 200 && System.nanoTime() < deadline) {
      Thread.sleep(50); // the revocation of a leak runs after the answer, on the server's executor
    }
  }

  private Answer rotate(String path, String token) {
    return api.send(api.request(path, token).POST(BodyPublishers.noBody()));
  }

  private Answer report(String credential) {
    return api.postJson(
        "api/credentials/revoke", null, "{\"credentials\":[\"" + credential + "\"]}");
  }

  // --- what is stored ---

  @Test
  void databaseHoldsNoSecret() throws SQLException {
    String key = create(tokenJson("secret-check")).json().getString("key");
    List<String> secrets = List.of(key, session, key.substring(4, 36), session.substring(4, 36));

    List<String> stored = new ArrayList<>();
    try (Connection connection = TestDatabase.connection();
        Statement statement = connection.createStatement()) {
      for (String table : List.of("accounts", "personal_tokens", "sessions")) {
        try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int column = 1; column <= columns; column++) {
              stored.add(String.valueOf(rows.getString(column)));
            }
          }
        }
      }
    }
    assertThat(stored).isNotEmpty();
    for (String secret : secrets) {
      assertThat(stored).noneMatch(value -> value.contains(secret));
    }
  }

  @Test
  void healthAndOpenApiAreServed() {
    Answer health = api.get("/health/ready", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body())
        .contains("database")
        .contains("UP")
        .contains("\"name\":\"cluster\"")
        .contains("\"members\":\"1\"")
        .contains("\"cache\":\"trusted\"");

    Answer openapi = api.get("/openapi", null);
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/iam/personal_tokens");
  }

  // --- helpers ---

  private Answer create(String json) {
    return api.postJson(TOKENS, session, json);
  }

  private static String tokenJson(String name) {
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + inDays(7) + "T00:00:00Z\"}";
  }

  /** The date, in UTC, this many days from today. */
  private static String inDays(int days) {
    return Instant.now().plus(days, ChronoUnit.DAYS).toString().substring(0, 10);
  }

  private static List<String> names(JsonObject list) {
    return list.getJsonArray("results").getValuesAs(JsonObject.class).stream()
        .map(token -> token.getString("name"))
        .toList();
  }
}
