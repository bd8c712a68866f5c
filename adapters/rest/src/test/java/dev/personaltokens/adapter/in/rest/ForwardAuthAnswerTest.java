package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.fakes.InMemoryApplication;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Forward auth answered past the servlet container, as the server's endpoint answers it: the
 * servlet filter's steps are taken here (the security headers, TRACE refused, the client's address
 * through the trusted proxies), then the servlet's verdict. What the container would add, nothing.
 */
class ForwardAuthAnswerTest {

  static final String INSIDE = AllowedIpsComponentTest.INSIDE;
  static final String PROXY = AllowedIpsComponentTest.PROXY;

  final InMemoryApplication application = new InMemoryApplication();
  final RestComponent api = RestComponent.over(application);
  final ForwardAuthAnswer answer =
      new ForwardAuthAnswer(
          application.useCases().verifyPersonalToken(), RestComponent.TRUSTED, Policies.DEFAULT);

  /** A request as the endpoint hands it over, and the answer written to it. */
  static final class Exchange implements ForwardAuthAnswer.Exchange {
    final String method;
    final Map<String, List<String>> request = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    int status = 200;
    final List<Map.Entry<String, String>> headers = new ArrayList<>();
    String type;
    int length = -1;
    final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Exchange(String method, String... headerPairs) {
      this.method = method;
      for (int i = 0; i < headerPairs.length; i += 2) {
        request.computeIfAbsent(headerPairs[i], name -> new ArrayList<>()).add(headerPairs[i + 1]);
      }
    }

    @Override
    public String method() {
      return method;
    }

    @Override
    public List<String> lines(String name) {
      return request.get(name);
    }

    @Override
    public void status(int status) {
      this.status = status;
    }

    @Override
    public void header(String name, String value) {
      headers.add(Map.entry(name, value));
    }

    @Override
    public void describe(String type, int length) {
      this.type = type;
      this.length = length;
    }

    @Override
    public OutputStream body() {
      return body;
    }

    Optional<String> header(String name) {
      return headers.stream()
          .filter(header -> header.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst();
    }

    String errorCode() {
      JsonObject json =
          Json.createReader(new StringReader(body.toString(StandardCharsets.UTF_8))).readObject();
      return json.getJsonArray("errors").getJsonObject(0).getString("code");
    }
  }

  private String officeToken() {
    String session = api.session(api.newAccount());
    return api.post(AllowedIpsComponentTest.TOKENS)
        .token(session)
        .json(
            "{\"name\":\"office\",\"expires_at\":\""
                + api.inDays(30)
                + "\",\"allowed_ips\":[\"10.0.0.0/8\"]}")
        .send()
        .json()
        .getString("key");
  }

  private Exchange answered(String peer, Exchange exchange) throws IOException {
    answer.answer(exchange, peer);
    return exchange;
  }

  private static void assertSecured(Exchange exchange) {
    assertThat(exchange.header("Content-Security-Policy")).isPresent();
    assertThat(exchange.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(exchange.header("X-Frame-Options")).contains("DENY");
    assertThat(exchange.header("Cache-Control")).contains("no-store");
  }

  @Test
  void theClientIsTheOneTheTrustedProxyNames() throws IOException {
    String key = officeToken();
    String authorization = "Token " + key;

    Exchange inside =
        answered(
            PROXY, new Exchange("GET", "Authorization", authorization, "X-Forwarded-For", INSIDE));
    Exchange outside =
        answered(
            PROXY,
            new Exchange("GET", "Authorization", authorization, "X-Forwarded-For", "203.0.113.9"));
    Exchange untrusted =
        answered(
            "198.51.100.7",
            new Exchange("GET", "Authorization", authorization, "X-Forwarded-For", INSIDE));

    assertThat(inside.status).isEqualTo(200);
    assertThat(inside.header("X-Auth-Request-Scope")).contains("global");
    assertThat(inside.body.size()).as("no body, so that nginx keeps the connection").isZero();
    assertSecured(inside);
    assertThat(outside.status).isEqualTo(401);
    assertThat(outside.errorCode()).isEqualTo("auth.token.address");
    assertThat(outside.type).isEqualTo("application/json");
    assertThat(outside.length).isEqualTo(outside.body.size());
    assertSecured(outside);
    assertThat(untrusted.status)
        .as("a header from an untrusted peer counts for nothing")
        .isEqualTo(401);
    assertThat(untrusted.errorCode()).isEqualTo("auth.token.address");
  }

  @Test
  void traceIsRefusedBeforeAnyVerdictWithTheApisJson() throws IOException {
    Exchange trace =
        answered(PROXY, new Exchange("TRACE", "Authorization", "Token " + officeToken()));

    assertThat(trace.status).isEqualTo(405);
    assertThat(trace.errorCode()).isEqualTo("method.not_allowed");
    assertThat(trace.header("X-Auth-Request-User")).isEmpty();
    assertSecured(trace);
  }

  @Test
  void aHeadRefusalSaysItsLengthAndSendsNoBody() throws IOException {
    Exchange head = answered(PROXY, new Exchange("HEAD"));

    assertThat(head.status).isEqualTo(401);
    assertThat(head.length).isPositive();
    assertThat(head.body.size()).isZero();
    assertThat(head.headers).extracting(Map.Entry::getKey).contains("WWW-Authenticate");
    assertSecured(head);
  }
}
