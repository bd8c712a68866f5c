package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forward auth through Debian's nginx and Caddy, each running the README's example in front of an
 * echoing upstream: what reaches the API, with whose token, and what never does.
 */
@SharedServer.On
class ForwardAuthThroughProxiesIT extends VerificationSupport {

  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The README's proxies and one upstream for the class, as the server is. */
  static List<GuardingProxy> proxies;

  static EchoUpstream upstream;

  @AfterAll
  static void stopTheProxies() {
    if (proxies != null) {
      proxies.forEach(GuardingProxy::close);
    }
    if (upstream != null) {
      upstream.close();
    }
  }

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

  /**
   * The README's nginx keeps its connections to the server: the check's answer has no body, even
   * for a client that asks for JSON (the example clears its Accept), so one connection serves them
   * all - a body would have cost a connection per request.
   */
  @Test
  void nginxChecksEveryRequestOverTheConnectionItKeeps() throws IOException {
    String token = token("global");
    try (CountingRelay relay = CountingRelay.to(deployment.getPort());
        GuardingProxy nginx = Nginx.start(relay.in(deployment), upstream.port())) {
      for (int i = 0; i < 50; i++) {
        HttpResponse<String> answer =
            call(nginx, "GET", "/orders/" + i, token, "Accept", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      }

      assertThat(relay.opened()).as("connections for 50 guarded requests").isBetween(1, 2);
    }
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

  static JsonObject json(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }
}
