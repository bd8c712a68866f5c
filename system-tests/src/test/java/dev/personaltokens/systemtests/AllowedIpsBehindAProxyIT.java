package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens bound to addresses on the server as {@code ./run} starts it behind a trusted proxy on
 * loopback (PTK_TRUSTED_PROXIES=127.0.0.1, ::1): the client is who the trusted-proxy rule says,
 * from {@code X-Forwarded-For}, on this API and on forward auth - called directly, and through the
 * README's nginx and Caddy examples, which name the client themselves and so can't be spoofed.
 */
@SharedServer.Alone
class AllowedIpsBehindAProxyIT {

  static final String TOKENS = "api/iam/personal_tokens";
  static final String PASSWORD = "a-long-enough-password";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static LaunchedServer server;
  static ApiClient api;
  static String session;
  static EchoUpstream upstream;
  static List<GuardingProxy> proxies;

  @BeforeAll
  static void signInAndStartTheProxies(@TempDir Path home) throws IOException {
    server = SharedServer.alone();
    api = new ApiClient(server.url());
    String email = "bound-" + UUID.randomUUID() + "@proxy.example.com";
    server.openAccount(home, email, PASSWORD);
    session = api.sessionOf(email, PASSWORD);
    upstream = EchoUpstream.start();
    proxies =
        List.of(
            Nginx.start(server.url(), upstream.port()), Caddy.start(server.url(), upstream.port()));
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

  /** The key of a new token bound to {@code allowedIps} (a JSON array). */
  static String bound(String allowedIps) {
    Answer created =
        api.postJson(
            TOKENS,
            session,
            "{\"name\":\"bound\",\"expires_at\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(30)
                + "\",\"allowed_ips\":"
                + allowedIps
                + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("key");
  }

  /** {@code path} on this server with the key, as the client at {@code forwardedFor} (or none). */
  static Answer direct(String path, String key, String forwardedFor) {
    HttpRequest.Builder request = api.request(path, null).header("Authorization", "Bearer " + key);
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return api.send(request.GET());
  }

  static HttpResponse<String> through(GuardingProxy proxy, String key, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(proxy.url("/orders/7")))
            .header("Authorization", "Token " + key);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.GET().build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String code(HttpResponse<String> answer) {
    JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
    return json.getJsonArray("errors").getJsonObject(0).getString("code");
  }

  @Test
  void theClientIsWhomTheTrustedProxyNames() {
    String key = bound("[\"10.0.0.0/8\"]");

    for (String path : List.of("api/user/me", "api/auth/verify/orders")) {
      Answer within = direct(path, key, "10.1.2.3");
      Answer mapped = direct(path, key, "::ffff:10.1.2.3");
      Answer outside = direct(path, key, "203.0.113.9");
      Answer loopback = direct(path, key, null);
      Answer throughTwo = direct(path, key, "10.1.2.3, 127.0.0.1");
      Answer spoofedBehind = direct(path, key, "10.1.2.3, 198.51.100.7");

      assertThat(within.status()).as(path + ": " + within).isEqualTo(200);
      assertThat(mapped.status()).as(path).isEqualTo(200);
      assertThat(throughTwo.status()).as(path + ": a chain of trusted proxies").isEqualTo(200);
      for (Answer refused : List.of(outside, loopback, spoofedBehind)) {
        assertThat(refused.status()).as(path + ": " + refused).isEqualTo(401);
        assertThat(refused.errorCode()).isEqualTo("auth.token.address");
      }
      assertThat(outside.json().getJsonArray("errors").getJsonObject(0).getString("detail"))
          .contains("203.0.113.9");
    }
  }

  /**
   * Through the README's proxies, a token bound to 10.0.0.0/8 is refused from 127.0.0.1 and the API
   * never sees the request; bound to loopback, it passes.
   */
  @Test
  void throughTheReadmesProxiesATokenIsJudgedByTheirClient() {
    String office = bound("[\"10.0.0.0/8\"]");
    String here = bound("[\"127.0.0.0/8\", \"::1\"]");

    for (GuardingProxy proxy : proxies) {
      int reached = upstream.received();
      HttpResponse<String> refused = through(proxy, office);
      assertThat(refused.statusCode()).as(proxy.name() + ": " + refused.body()).isEqualTo(401);
      assertThat(code(refused)).as(proxy.name()).isEqualTo("auth.token.address");
      assertThat(upstream.received()).as(proxy.name() + ": the API saw it").isEqualTo(reached);

      HttpResponse<String> passed = through(proxy, here);
      assertThat(passed.statusCode()).as(proxy.name() + ": " + passed.body()).isEqualTo(200);
      assertThat(upstream.received()).isEqualTo(reached + 1);
    }
  }

  /**
   * A client can send X-Forwarded-For to the proxy; the examples replace it with the address they
   * see, so a client outside can't claim to be inside.
   */
  @Test
  void throughTheReadmesProxiesAClientCantClaimAnAddress() {
    String office = bound("[\"10.0.0.0/8\"]");

    for (GuardingProxy proxy : proxies) {
      int reached = upstream.received();
      for (String[] spoof :
          new String[][] {
            {"X-Forwarded-For", "10.1.2.3"},
            {"X-Forwarded-For", "10.1.2.3, 10.1.2.4"},
            {"X-Forwarded-For", "10.1.2.3", "X-Forwarded-For", "10.1.2.4"},
            {"x-forwarded-for", "10.1.2.3"}
          }) {
        HttpResponse<String> answer = through(proxy, office, spoof);

        String what = proxy.name() + " " + String.join(": ", spoof);
        assertThat(answer.statusCode()).as(what + " " + answer.body()).isEqualTo(401);
        assertThat(code(answer)).as(what).isEqualTo("auth.token.address");
      }
      assertThat(upstream.received()).as(proxy.name() + ": the API saw it").isEqualTo(reached);
    }
  }
}
