package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.out.TokenFixtures;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import dev.personaltokens.domain.token.TokenSecret;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Personal tokens guarding other APIs, on the built WAR, Payara Micro and MariaDB: forward auth
 * through Debian's nginx running the README's example in front of an echoing upstream, forward auth
 * and RFC 7662 introspection called directly, and the operator's service clients.
 */
@SharedServer.On
class VerificationIT {

  static final String PASSWORD = "a-long-enough-password";
  static final String TOKENS = "api/iam/personal_tokens";
  static final String VERIFY = "api/auth/verify";
  static final String INTROSPECT = "api/auth/introspect";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Every token of these tests expires then: one date, computed once. */
  static final String EXPIRES = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

  static final String EXPIRATION = EXPIRES + "T00:00:00Z";

  /** The README's proxies and one upstream for the class, as the server is. */
  static List<GuardingProxy> proxies;

  static EchoUpstream upstream;

  final URL deployment = SharedServer.url();

  ApiClient api;
  Account account;
  String session;
  RegisteredServiceClient client;

  @BeforeEach
  void signInAsNewAccount() {
    api = new ApiClient(deployment);
    account = TestDatabase.newAccount(PASSWORD);
    session = api.sessionOf(account.email().value(), PASSWORD);
  }

  @AfterAll
  static void stopTheProxies() {
    if (proxies != null) {
      proxies.forEach(GuardingProxy::close);
    }
    if (upstream != null) {
      upstream.close();
    }
  }

  String token(String scope) {
    JsonObject created =
        api.postJson(
                TOKENS,
                session,
                "{\"name\":\"for "
                    + scope
                    + "\",\"expires_at\":\""
                    + EXPIRES
                    + "\",\"scope\":\""
                    + scope
                    + "\"}")
            .json();
    return created.getString("key");
  }

  Answer verify(String method, String path, String token, String... headers) {
    HttpRequest.Builder request = api.request(path, null).method(method, BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    withHeaders(request, headers);
    return api.send(request);
  }

  // --- through nginx and Caddy, as the README configures them ---

  @BeforeEach
  void startTheProxiesOnce() throws IOException {
    if (proxies == null) {
      upstream = EchoUpstream.start();
      proxies = new ArrayList<>();
      proxies.add(Nginx.start(deployment, upstream.port()));
      proxies.add(Caddy.start(deployment, upstream.port()));
    }
  }

  HttpResponse<String> call(
      GuardingProxy proxy, String method, String path, String token, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(proxy.url(path)))
            .header("X-Auth-Request-Email", "spoofed@example.com")
            .method(method, BodyPublishers.ofString(method.equals("GET") ? "" : "{}"));
    if (token != null) {
      request.header("Authorization", "Token " + token);
    }
    withHeaders(request, headers);
    try {
      return HTTP.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void withoutATokenTheApiIsNotReachedAndTheAnswerIsOurJson() {
    for (GuardingProxy proxy : proxies) {
      int reached = upstream.received();
      HttpResponse<String> answer = call(proxy, "GET", "/orders", null);

      assertThat(answer.statusCode()).as(proxy.name()).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(json(answer).getJsonArray("errors").getJsonObject(0).getString("code"))
          .isEqualTo("auth.missing");
      assertThat(answer.headers().allValues("WWW-Authenticate"))
          .as(proxy.name())
          .isNotEmpty()
          .allMatch(challenge -> challenge.matches("(Token|Bearer) realm=\"ptk\""));
      assertThat(upstream.received()).as(proxy.name()).isEqualTo(reached);
    }
  }

  @Test
  void aGoodTokenReachesTheApiWithWhoseItIs() {
    String token = token("global");

    for (GuardingProxy proxy : proxies) {
      HttpResponse<String> answer = call(proxy, "POST", "/orders/7?expand=lines", token);

      assertThat(answer.statusCode()).as(proxy.name() + ": " + answer.body()).isEqualTo(200);
      JsonObject echoed = json(answer);
      assertThat(echoed.getString("method")).isEqualTo("POST");
      assertThat(echoed.getString("path")).isEqualTo("/orders/7?expand=lines");
      JsonObject headers = echoed.getJsonObject("headers");
      assertThat(headers.getString("x-auth-request-user")).isEqualTo(account.id().toString());
      assertThat(headers.getString("x-auth-request-email"))
          .as(proxy.name())
          .isEqualTo(account.email().value());
      assertThat(headers.getString("x-auth-request-scope")).isEqualTo("global");
      assertThat(headers.containsKey("authorization")).as(proxy.name()).isFalse();
    }
    assertThat(
            call(proxies.get(0), "GET", "/", token)
                .headers()
                .firstValue("Personal-Token-Expiration"))
        .contains(EXPIRATION);
  }

  @Test
  void aRevokedTokenIsRefusedOnTheVeryNextRequest() {
    for (GuardingProxy proxy : proxies) {
      JsonObject created =
          api.postJson(
                  TOKENS, session, "{\"name\":\"soon gone\",\"expires_at\":\"" + EXPIRES + "\"}")
              .json();
      String token = created.getString("key");
      assertThat(call(proxy, "GET", "/orders", token).statusCode()).isEqualTo(200);

      assertThat(api.delete(TOKENS + "/" + created.getString("uuid"), session).status())
          .isEqualTo(204);

      HttpResponse<String> refused = call(proxy, "GET", "/orders", token);
      assertThat(refused.statusCode()).as(proxy.name()).isEqualTo(401);
      assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("code"))
          .isEqualTo("auth.token.revoked");
    }
  }

  @Test
  void aReadOnlyTokenReadsButDoesNotWrite() {
    String token = token("read_only");

    for (GuardingProxy proxy : proxies) {
      HttpResponse<String> read = call(proxy, "GET", "/orders", token);
      int reached = upstream.received();
      HttpResponse<String> write = call(proxy, "POST", "/orders", token);
      HttpResponse<String> delete = call(proxy, "DELETE", "/orders/7", token);

      assertThat(read.statusCode()).as(proxy.name()).isEqualTo(200);
      assertThat(json(read).getJsonObject("headers").getString("x-auth-request-scope"))
          .isEqualTo("read_only");
      assertThat(write.statusCode()).as(proxy.name()).isEqualTo(403);
      assertThat(json(write).getJsonArray("errors").getJsonObject(0).getString("code"))
          .isEqualTo("auth.scope.insufficient");
      assertThat(delete.statusCode()).as(proxy.name()).isEqualTo(403);
      assertThat(upstream.received()).as(proxy.name()).isEqualTo(reached);
    }
  }

  /**
   * A client can send the method headers a proxy sets for its check; nginx copies them into its
   * verification request. Whatever it sends, an unsafe request with a read-only token is refused
   * and the API never sees it.
   */
  @Test
  void spoofedMethodHeadersNeverLetAReadOnlyTokenWrite() {
    String token = token("read_only");
    List<String[]> spoofs =
        List.of(
            new String[] {"X-Forwarded-Method", "GET"},
            new String[] {"X-Original-Method", "GET"},
            new String[] {"X-Forwarded-Method", "GET", "X-Original-Method", "GET"},
            new String[] {"X-Forwarded-Method", "GET", "X-Forwarded-Method", "GET"},
            new String[] {"X-Original-Method", "GET", "X-Original-Method", "HEAD"},
            new String[] {"x-forwarded-method", "GET", "x-original-method", "GET"},
            new String[] {"X-FORWARDED-METHOD", "get"},
            new String[] {"X-Forwarded-Method", "GET, GET"});
    int checked = 0;
    for (GuardingProxy proxy : proxies) {
      for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
        for (String[] spoof : spoofs) {
          int reached = upstream.received();
          HttpResponse<String> answer = call(proxy, method, "/orders/7", token, spoof);

          String what = proxy.name() + " " + method + " " + String.join(": ", spoof);
          assertThat(answer.statusCode()).as(what).isEqualTo(403);
          assertThat(json(answer).getJsonArray("errors").getJsonObject(0).getString("code"))
              .as(what)
              .isEqualTo("auth.scope.insufficient");
          assertThat(upstream.received()).as(what + ": the API saw it").isEqualTo(reached);
          checked++;
        }
      }
      // The safe methods still pass, with the headers set as the proxy saw the request.
      assertThat(call(proxy, "GET", "/orders", token, "X-Forwarded-Method", "GET").statusCode())
          .as(proxy.name())
          .isEqualTo(200);
    }
    assertThat(checked).isEqualTo(proxies.size() * 4 * spoofs.size());
  }

  // --- forward auth, called directly ---

  @Test
  void aGoodTokenGets200WithTheHeadersAndIsMarkedUsed() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    JsonObject created =
        api.postJson(TOKENS, session, "{\"name\":\"ci\",\"expires_at\":\"" + EXPIRES + "\"}")
            .json();

    Answer answer = verify("GET", VERIFY + "/orders/7", created.getString("key"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("X-Auth-Request-User")).contains(account.id().toString());
    assertThat(answer.header("X-Auth-Request-Email")).contains(account.email().value());
    assertThat(answer.header("X-Auth-Request-Token-Id")).contains(created.getString("uuid"));
    assertThat(answer.header("X-Auth-Request-Scope")).contains("global");
    assertThat(answer.header("Personal-Token-Expiration")).contains(EXPIRATION);
    JsonObject listed =
        api.eventually(
            TOKENS + "/" + created.getString("uuid"),
            session,
            json -> !json.isNull("last_used_at"));
    Instant used = Instant.parse(listed.getString("last_used_at"));
    assertThat(used).isBetween(before, Instant.now());
  }

  @Test
  void aTokenOfAnotherAccountIsThatAccounts() {
    Account other = TestDatabase.newAccount(PASSWORD);
    String theirs =
        TestDatabase.admin()
            .createPersonalToken()
            .create(
                new CreatePersonalTokenCommand(
                    other.id(),
                    new TokenName("theirs"),
                    TokenDescription.NONE,
                    Scope.GLOBAL,
                    Instant.now().plus(Duration.ofDays(1))))
            .secret()
            .reveal();

    Answer answer = verify("GET", VERIFY, theirs);

    assertThat(answer.header("X-Auth-Request-User")).contains(other.id().toString());
    assertThat(answer.header("X-Auth-Request-Email")).contains(other.email().value());
  }

  @Test
  void aPasswordResetEndsSessionsButNotPersonalTokens() {
    String token = token("global");

    TestDatabase.admin()
        .resetPassword()
        .resetPassword(
            TestDatabase.OPERATOR, account.email(), Password.newPassword("another-password-1"));

    assertThat(verify("GET", VERIFY, token).status()).isEqualTo(200);
    assertThat(api.get("api/user/me", session).status()).isEqualTo(401);
  }

  @Test
  void eachBadCredentialIs401WithItsCode() {
    TokenSecret expired = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN);
    PersonalToken planted =
        TokenFixtures.token(
            account.id(), "expired", "", Instant.now().minus(Duration.ofDays(31)), expired);
    TestDatabase.plant(planted);
    String unknown = TokenFixtures.randomSecret(SecretKind.PERSONAL_TOKEN).reveal();

    assertThat(codeOf(verify("GET", VERIFY, null))).isEqualTo("auth.missing");
    assertThat(codeOf(verify("GET", VERIFY, "ptk_typo"))).isEqualTo("auth.token.malformed");
    assertThat(codeOf(verify("GET", VERIFY, unknown))).isEqualTo("auth.token.invalid");
    assertThat(codeOf(verify("GET", VERIFY, expired.reveal()))).isEqualTo("auth.token.expired");
    assertThat(codeOf(verify("GET", VERIFY, session))).isEqualTo("auth.token.invalid");
  }

  @Test
  void theConsoleCookieOpensNothingHere() {
    Answer answer =
        api.send(
            api.request(VERIFY, null)
                .header("Cookie", "ptk_session=" + session)
                .header("Origin", api.uri("").toString().replaceAll("/[^/]*/?$", "")));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.errorCode()).isEqualTo("auth.missing");
  }

  @Test
  void everyMethodAndPathGetsOnlyOneOfTheAllowedStatuses() {
    String global = token("global");
    String readOnly = token("read_only");
    List<String> methods =
        List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND", "PURGE");
    List<String> paths =
        List.of(
            VERIFY,
            VERIFY + "/",
            VERIFY + "/orders/7",
            VERIFY + "/a/b/iam",
            VERIFY + "/%E6%97%A5;v=1?q=%20&r=%2F",
            VERIFY + "//double//slash");
    List<String> seen = new ArrayList<>();
    for (String method : methods) {
      for (String path : paths) {
        for (String token : new String[] {null, "ptk_bad", session, global, readOnly}) {
          Answer answer = verify(method, path, token);
          int expected =
              token == global
                  ? 200
                  : token == readOnly
                      ? (Set.of("GET", "HEAD", "OPTIONS").contains(method) ? 200 : 403)
                      : 401;
          assertThat(answer.status()).as(method + " " + path).isEqualTo(expected);
          if (!method.equals("HEAD")) {
            assertThat(answer.header("Content-Type")).contains("application/json");
          }
          seen.add(method + path);
        }
      }
    }
    assertThat(seen).hasSize(methods.size() * paths.size() * 5);
  }

  /**
   * A proxy that appends the client's path to the verification address (Envoy's {@code
   * path_prefix}) lets through whatever answers 2xx: no path the server can't decode may, under any
   * method, even with a good token - each gets the API's JSON 400. Sent as raw bytes, since an HTTP
   * client refuses to send them.
   */
  @Test
  void noUndecodablePathUnderVerifyIsEverLetThrough() throws IOException {
    String global = token("global");
    String host = "127.0.0.1:" + deployment.getPort();
    String verify = deployment.getPath().replaceAll("/$", "") + "/" + VERIFY;
    List<String> tails =
        List.of(
            "/x%ZZ",
            "/orders%",
            "/a%zz",
            "/%",
            "/a%2Fb",
            "/a%5Cb",
            "/a%00b",
            "/%2e%2e/%2e%2e/admin",
            "/../admin",
            "/./x",
            "/%C0%AE%C0%AE/",
            "/%FF",
            "?q=%ZZ",
            "?q=%00",
            "/" + "a".repeat(9_000));
    int checked = 0;
    for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PROPFIND")) {
      for (String tail : tails) {
        for (String token : new String[] {null, global}) {
          String[] headers =
              token == null ? new String[0] : new String[] {"Authorization: Bearer " + token};
          HostileCorpus.Reply reply =
              HostileCorpus.send(
                  deployment.getPort(),
                  HostileCorpus.request(method, verify + tail, headers, "", host));

          String what = method + " " + tail.substring(0, Math.min(40, tail.length()));
          assertThat(reply.status()).as(what).isEqualTo(400);
          assertThat(reply.contentType()).as(what).startsWith("application/json");
          if (!method.equals("HEAD")) {
            assertThat(reply.errorCode()).as(what).isEqualTo("request.undecodable");
          }
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(6 * tails.size() * 2);
  }

  // --- introspection, by a registered service ---

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

  /** Adds {@code headers}, given as name, value, name, value... */
  static void withHeaders(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
  }

  static String codeOf(Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.headers("WWW-Authenticate")).contains("Bearer realm=\"ptk\"");
    return answer.errorCode();
  }

  static JsonObject json(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }
}
