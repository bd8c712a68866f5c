package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.domain.client.ServiceName;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Tokens bound to addresses ({@code allowed_ips}) on the shared server, which every test reaches
 * from 127.0.0.1 and which trusts no proxy: the field on create, rotate and every list, and the
 * client's address judged on this API, on forward auth and by introspection.
 */
@SharedServer.On
class AllowedIpsIT extends VerificationSupport {

  /** A token bound to {@code allowedIps} (a JSON array), as created: key, uuid and all. */
  JsonObject bound(String allowedIps) {
    Answer created =
        api.postJson(
            TOKENS,
            session,
            "{\"name\":\"bound\",\"expires_at\":\""
                + EXPIRES
                + "\",\"allowed_ips\":"
                + allowedIps
                + "}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  static List<String> allowedIps(JsonObject token) {
    return token.getJsonArray("allowed_ips").getValuesAs(JsonString::getString);
  }

  Answer me(String key, String... headers) {
    HttpRequest.Builder request = api.request("api/user/me", key).GET();
    withHeaders(request, headers);
    return api.send(request);
  }

  Answer verify(String method, String key, String... headers) {
    HttpRequest.Builder request =
        api.request("api/auth/verify/orders", null).method(method, BodyPublishers.noBody());
    request.header("Authorization", "Bearer " + key);
    withHeaders(request, headers);
    return api.send(request);
  }

  @Test
  void aTokenBoundTo10Slash8IsRefusedFrom127001OnThisApiAndOnForwardAuth() {
    String key = bound("[\"10.0.0.0/8\"]").getString("key");

    Answer direct = me(key);
    Answer forwardAuth = verify("GET", key);

    for (Answer refused : List.of(direct, forwardAuth)) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
      assertThat(refused.errorCode()).isEqualTo("auth.token.address");
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("detail"))
          .isEqualTo("the token can't be used from 127.0.0.1: it is bound to other addresses");
    }
    assertThat(forwardAuth.header("X-Auth-Request-User")).isEmpty();
  }

  /** This server trusts no proxy: a client can't claim an address with X-Forwarded-For. */
  @Test
  void withoutATrustedProxyXForwardedForChangesNothing() {
    String key = bound("[\"10.0.0.0/8\"]").getString("key");

    assertThat(me(key, "X-Forwarded-For", "10.1.2.3").errorCode()).isEqualTo("auth.token.address");
    assertThat(verify("GET", key, "X-Forwarded-For", "10.1.2.3").errorCode())
        .isEqualTo("auth.token.address");
  }

  @Test
  void aTokenBoundToLoopbackWorksFromHere() {
    String key = bound("[\"10.0.0.0/8\", \"127.0.0.0/8\", \"::1\"]").getString("key");

    assertThat(me(key).status()).isEqualTo(200);
    Answer verified = verify("POST", key);
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    assertThat(verified.header("X-Auth-Request-User")).contains(account.id().toString());
  }

  @Test
  void theAddressesAreCanonicalInEveryAnswerAndARotationKeepsThem() {
    JsonObject created = bound("[\"10.0.0.0/8\", \"2001:DB8::/32\", \"::ffff:192.0.2.7\"]");
    List<String> canonical = List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.7");

    Answer listed = api.get(TOKENS, session);
    Answer fetched = api.get(TOKENS + "/" + created.getString("uuid"), session);
    Answer rotated =
        api.postJson(TOKENS + "/" + created.getString("uuid") + "/rotate", session, "{}");
    Answer moved =
        api.postJson(
            TOKENS + "/" + rotated.json().getString("uuid") + "/rotate",
            session,
            "{\"allowed_ips\":[\"127.0.0.1\"]}");
    String admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    Answer inventory = api.get("api/admin/personal_tokens?owner=" + account.id(), admin);

    assertThat(allowedIps(created)).isEqualTo(canonical);
    assertThat(allowedIps(listed.json().getJsonArray("results").getJsonObject(0)))
        .isEqualTo(canonical);
    assertThat(allowedIps(fetched.json())).isEqualTo(canonical);
    assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
    assertThat(allowedIps(rotated.json())).isEqualTo(canonical);
    assertThat(me(rotated.json().getString("key")).errorCode()).isEqualTo("auth.token.address");
    assertThat(allowedIps(moved.json())).containsExactly("127.0.0.1");
    assertThat(me(moved.json().getString("key")).status()).isEqualTo(200);
    assertThat(allowedIps(inventory.json().getJsonArray("results").getJsonObject(0)))
        .containsExactly("127.0.0.1");
  }

  @Test
  void aTokenRotatesItselfOnlyFromItsAddresses() {
    String key = bound("[\"10.0.0.0/8\"]").getString("key");

    Answer refused = api.postJson(TOKENS + "/self/rotate", key, "{}");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.address");
    assertThat(api.get(TOKENS, session).json().getInt("count")).isEqualTo(1);
  }

  @Test
  void junkAndTooManyAddressesAre400NamingTheField() {
    String twentyOne =
        IntStream.range(0, 21)
            .mapToObj(i -> "\"192.0.2." + i + "\"")
            .collect(Collectors.joining(",", "[", "]"));

    for (String[] refusal :
        new String[][] {
          {"[\"intranet\"]", "token.allowed_ips.invalid"},
          {"[\"10.1.2.3/8\"]", "token.allowed_ips.invalid"},
          {twentyOne, "token.allowed_ips.too_many"},
          {"\"10.0.0.0/8\"", "request.field.type"}
        }) {
      Answer answer =
          api.postJson(
              TOKENS,
              session,
              "{\"name\":\"x\",\"expires_at\":\""
                  + EXPIRES
                  + "\",\"allowed_ips\":"
                  + refusal[0]
                  + "}");
      assertThat(answer.status()).as(refusal[0]).isEqualTo(400);
      assertThat(answer.errorCode()).isEqualTo(refusal[1]);
      assertThat(
              answer
                  .json()
                  .getJsonArray("errors")
                  .getJsonObject(0)
                  .getJsonObject("source")
                  .getString("pointer"))
          .isEqualTo("/allowed_ips");
    }
    assertThat(api.get(TOKENS, session).json().getInt("count")).isZero();
  }

  // --- introspection ---

  Answer introspect(String form) {
    RegisteredServiceClient billing =
        TestDatabase.admin()
            .registerServiceClient()
            .register(TestDatabase.OPERATOR, new ServiceName("billing"));
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (billing.client().id() + ":" + billing.secret().reveal())
                    .getBytes(StandardCharsets.UTF_8));
    return api.send(
        api.request("api/auth/introspect", null)
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form)));
  }

  static String tokenField(String key) {
    return "token=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  @Test
  void introspectionJudgesTheClientTheServiceNamesOrLeavesTheAddressesToIt() {
    String key = bound("[\"10.0.0.0/8\"]").getString("key");

    Answer elsewhere = introspect(tokenField(key) + "&client_ip=127.0.0.1");
    Answer within = introspect(tokenField(key) + "&client_ip=10.20.30.40");
    Answer mapped =
        introspect(
            tokenField(key)
                + "&client_ip="
                + URLEncoder.encode("::ffff:10.20.30.40", StandardCharsets.UTF_8));
    Answer unnamed = introspect(tokenField(key));
    Answer junk = introspect(tokenField(key) + "&client_ip=intranet");

    assertThat(elsewhere.body()).isEqualTo("{\"active\":false}");
    assertThat(within.json().getBoolean("active")).isTrue();
    assertThat(allowedIps(within.json())).containsExactly("10.0.0.0/8");
    assertThat(mapped.json().getBoolean("active")).isTrue();
    assertThat(unnamed.json().getBoolean("active")).isTrue();
    assertThat(allowedIps(unnamed.json())).containsExactly("10.0.0.0/8");
    assertThat(junk.status()).isEqualTo(400);
    assertThat(junk.errorCode()).isEqualTo("request.client_ip.invalid");
  }
}
