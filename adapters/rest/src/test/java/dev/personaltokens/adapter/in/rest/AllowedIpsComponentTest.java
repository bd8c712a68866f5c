package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.adapter.in.rest.RestComponent.Answer;
import dev.personaltokens.application.fakes.InMemoryApplication;
import dev.personaltokens.application.port.in.client.RegisteredServiceClient;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.client.ServiceName;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tokens bound to addresses over HTTP: {@code allowed_ips} on create and rotate, in every answer
 * that shows a token, and the client's address - as the trusted-proxy rule derives it - judged on
 * this API, on forward auth and, when the service names it, on introspection.
 */
class AllowedIpsComponentTest {

  static final String TOKENS = "iam/personal_tokens";

  /** An address inside 10.0.0.0/8, and the proxy the component trusts (RestComponent.TRUSTED). */
  static final String INSIDE = "10.1.2.3";

  static final String PROXY = "192.0.2.254";

  final InMemoryApplication application = new InMemoryApplication();
  final RestComponent api = RestComponent.over(application);
  Account account;
  String session;

  @BeforeEach
  void signIn() {
    account = api.newAccount();
    session = api.session(account);
  }

  private Answer create(String allowedIps) {
    return api.post(TOKENS)
        .token(session)
        .json(
            "{\"name\":\"office\",\"expires_at\":\""
                + api.inDays(30)
                + "\",\"allowed_ips\":"
                + allowedIps
                + "}")
        .send();
  }

  /** The key of a new token bound to 10.0.0.0/8. */
  private JsonObject officeToken() {
    Answer created = create("[\"10.0.0.0/8\"]");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  private static List<String> allowedIps(JsonObject token) {
    return token.getJsonArray("allowed_ips").getValuesAs(JsonString::getString);
  }

  // --- the field ---

  @Test
  void theCreatedTokenShowsItsAddressesCanonicallyAndSoDoesEveryList() {
    Answer created =
        create("[\" 10.0.0.0/8 \", \"2001:DB8:0:0::/32\", \"::ffff:192.0.2.7\", \"10.0.0.0/8\"]");

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    List<String> canonical = List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.7");
    assertThat(allowedIps(created.json())).isEqualTo(canonical);
    String uuid = created.json().getString("uuid");
    JsonObject listed =
        api.get(TOKENS).token(session).send().json().getJsonArray("results").getJsonObject(0);
    assertThat(allowedIps(listed)).isEqualTo(canonical);
    assertThat(allowedIps(api.get(TOKENS + "/" + uuid).token(session).send().json()))
        .isEqualTo(canonical);
  }

  @Test
  void withoutTheFieldOrWithNoneATokenWorksFromAnywhere() {
    Answer without =
        api.post(TOKENS)
            .token(session)
            .json("{\"name\":\"anywhere\",\"expires_at\":\"" + api.inDays(30) + "\"}")
            .send();
    Answer none = create("[]");
    Answer isNull = create("null");

    for (Answer answer : List.of(without, none, isNull)) {
      assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
      assertThat(allowedIps(answer.json())).isEmpty();
      assertThat(
              api.get("user/me").token(answer.json().getString("key")).from(PROXY).send().status())
          .isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[\"localhost\"]",
        "[\"10.0.0.0/33\"]",
        "[\"10.0.0.0/8\", \"\"]",
        "[\"10.0.0.0:80\"]",
        "[\"fe80::1%eth0\"]",
        "[\"10.0.0.0/8,11.0.0.0/8\"]"
      })
  void anEntryThatIsNoAddressOrRangeIs400NamingTheField(String allowedIps) {
    Answer refused = create(allowedIps);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("token.allowed_ips.invalid");
    assertThat(refused.pointer()).isEqualTo("/allowed_ips");
    assertThat(refused.error().getString("detail")).startsWith("allowed_ips: ");
  }

  @Test
  void aRangeWithBitsPastItsPrefixIsRefusedNotWidened() {
    Answer refused = create("[\"10.1.2.3/8\"]");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("token.allowed_ips.invalid");
    assertThat(refused.error().getString("detail"))
        .isEqualTo(
            "allowed_ips: 10.1.2.3/8 has bits set past its prefix: write 10.0.0.0/8 for the"
                + " block, or the address alone");
  }

  @Test
  void twentyEntriesAreTakenAndTwentyOneRefused() {
    String twenty =
        IntStream.range(0, 20)
            .mapToObj(i -> "\"192.0.2." + i + "\"")
            .collect(Collectors.joining(",", "[", "]"));
    String twentyOne =
        IntStream.range(0, 21)
            .mapToObj(i -> "\"192.0.2." + i + "\"")
            .collect(Collectors.joining(",", "[", "]"));

    assertThat(create(twenty).status()).isEqualTo(201);
    Answer refused = create(twentyOne);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("token.allowed_ips.too_many");
    assertThat(refused.pointer()).isEqualTo("/allowed_ips");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"10.0.0.0/8\"", "[10]", "[[\"10.0.0.0/8\"]]", "{}", "[null]"})
  void aFieldThatIsNoArrayOfStringsIs400(String allowedIps) {
    Answer refused = create(allowedIps);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("request.field.type");
    assertThat(refused.pointer()).isEqualTo("/allowed_ips");
  }

  @Test
  void theInventoryShowsTheAddressesInJsonAndCsv() {
    officeToken();
    String admin = session; // the first account of the application is its admin

    JsonObject listed =
        api.get("admin/personal_tokens?owner=" + account.id())
            .token(admin)
            .send()
            .json()
            .getJsonArray("results")
            .getJsonObject(0);
    List<String> csv =
        api.get("admin/personal_tokens?owner=" + account.id())
            .token(admin)
            .header("Accept", "text/csv")
            .send()
            .body()
            .lines()
            .toList();

    assertThat(allowedIps(listed)).containsExactly("10.0.0.0/8");
    assertThat(csv.get(0)).endsWith(",last_used_ip,allowed_ips,blocked");
    assertThat(csv.get(1)).endsWith(",10.0.0.0/8,");
  }

  // --- the check, on this API and on forward auth ---

  @Test
  void aBoundTokenWorksFromItsAddressesAndIs401FromAnyOther() {
    String key = officeToken().getString("key");

    Answer inside = api.get("user/me").token(key).from(INSIDE).send();
    Answer outside = api.get("user/me").token(key).from("127.0.0.1").send();

    assertThat(inside.status()).as(inside.toString()).isEqualTo(200);
    assertThat(outside.status()).isEqualTo(401);
    assertThat(outside.errorCode()).isEqualTo("auth.token.address");
    assertThat(outside.error().getString("detail"))
        .isEqualTo("the token can't be used from 127.0.0.1: it is bound to other addresses");
    assertThat(outside.headers("WWW-Authenticate")).contains("Token realm=\"ptk\"");
  }

  /** The client is who the trusted-proxy rule says: a trusted proxy's X-Forwarded-For counts. */
  @Test
  void theClientIsWhoTheTrustedProxySaysAndNobodyElse() {
    String key = officeToken().getString("key");

    Answer behindTheProxy =
        api.get("user/me").token(key).from(PROXY).header("X-Forwarded-For", INSIDE).send();
    Answer spoofed =
        api.get("user/me").token(key).from("198.51.100.7").header("X-Forwarded-For", INSIDE).send();
    Answer proxiedFromOutside =
        api.get("user/me")
            .token(key)
            .from(PROXY)
            .header("X-Forwarded-For", INSIDE + ", 198.51.100.7")
            .send();

    assertThat(behindTheProxy.status()).as(behindTheProxy.toString()).isEqualTo(200);
    assertThat(spoofed.status()).isEqualTo(401);
    assertThat(spoofed.errorCode()).isEqualTo("auth.token.address");
    assertThat(proxiedFromOutside.errorCode()).isEqualTo("auth.token.address");
  }

  @Test
  void anIpv4MappedIpv6PeerIsItsIpv4Address() {
    String key = officeToken().getString("key");

    assertThat(api.get("user/me").token(key).from("::ffff:10.1.2.3").send().status())
        .isEqualTo(200);
  }

  @Test
  void forwardAuthRefusesABoundTokenFromElsewhere() {
    String key = officeToken().getString("key");

    Answer inside =
        api.get("auth/verify/orders")
            .token(key)
            .from(PROXY)
            .header("X-Forwarded-For", INSIDE)
            .send();
    Answer outside =
        api.request("POST", "auth/verify/orders")
            .token(key)
            .from(PROXY)
            .header("X-Forwarded-For", "203.0.113.9")
            .send();

    assertThat(inside.status()).as(inside.toString()).isEqualTo(200);
    assertThat(outside.status()).isEqualTo(401);
    assertThat(outside.errorCode()).isEqualTo("auth.token.address");
  }

  // --- rotation keeps the addresses, or takes new ones ---

  @Test
  void aRotationKeepsTheAddressesUnlessItIsGivenOthers() {
    JsonObject office = officeToken();

    Answer kept =
        api.post(TOKENS + "/" + office.getString("uuid") + "/rotate").token(session).send();
    Answer moved =
        api.post(TOKENS + "/" + kept.json().getString("uuid") + "/rotate")
            .token(session)
            .json("{\"allowed_ips\":[\"192.0.2.0/24\"]}")
            .send();
    Answer freed =
        api.post(TOKENS + "/" + moved.json().getString("uuid") + "/rotate")
            .token(session)
            .json("{\"allowed_ips\":[]}")
            .send();

    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    assertThat(allowedIps(kept.json())).containsExactly("10.0.0.0/8");
    assertThat(allowedIps(moved.json())).containsExactly("192.0.2.0/24");
    assertThat(allowedIps(freed.json())).isEmpty();
  }

  @Test
  void aRotationRefusesAddressesThatAreNone() {
    JsonObject office = officeToken();

    Answer refused =
        api.post(TOKENS + "/" + office.getString("uuid") + "/rotate")
            .token(session)
            .json("{\"allowed_ips\":[\"10.1.2.3/8\"]}")
            .send();

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.errorCode()).isEqualTo("token.allowed_ips.invalid");
    assertThat(api.get(TOKENS).token(session).send().json().getInt("count")).isEqualTo(1);
  }

  @Test
  void aTokenRotatesItselfOnlyFromItsAddresses() {
    String key = officeToken().getString("key");

    Answer outside =
        api.post(TOKENS + "/self/rotate").token(key).from("127.0.0.1").json("{}").send();
    Answer inside =
        api.post(TOKENS + "/self/rotate")
            .token(key)
            .from(INSIDE)
            .json("{\"allowed_ips\":[\"10.1.0.0/16\"]}")
            .send();

    assertThat(outside.status()).isEqualTo(401);
    assertThat(outside.errorCode()).isEqualTo("auth.token.address");
    assertThat(inside.status()).as(inside.toString()).isEqualTo(201);
    assertThat(allowedIps(inside.json())).containsExactly("10.1.0.0/16");
  }

  // --- introspection: the service's client_ip, or the addresses for it to enforce ---

  private Answer introspect(String form) {
    RegisteredServiceClient billing =
        application
            .useCases()
            .registerServiceClient()
            .register(InMemoryApplication.OPERATOR, new ServiceName("billing"));
    return api.post("auth/introspect")
        .basic(billing.client().id().toString(), billing.secret().reveal())
        .from("198.51.100.50") // the service: its own address is not the client's
        .body("application/x-www-form-urlencoded", form)
        .send();
  }

  private static String tokenField(String key) {
    return "token=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  @Test
  void introspectionForAClientElsewhereIsExactlyInactive() {
    String key = officeToken().getString("key");

    Answer answer = introspect(tokenField(key) + "&client_ip=127.0.0.1");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\"active\":false}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.3", "::ffff:10.1.2.3", "[::ffff:10.1.2.3]:443"})
  void introspectionForAClientWithinIsActive(String clientIp) {
    String key = officeToken().getString("key");

    Answer answer =
        introspect(
            tokenField(key) + "&client_ip=" + URLEncoder.encode(clientIp, StandardCharsets.UTF_8));

    assertThat(answer.json().getBoolean("active")).as(answer.toString()).isTrue();
    assertThat(allowedIps(answer.json())).containsExactly("10.0.0.0/8");
  }

  @Test
  void introspectionWithoutAClientGivesTheAddressesToEnforce() {
    String key = officeToken().getString("key");

    JsonObject answer = introspect(tokenField(key)).json();

    assertThat(answer.getBoolean("active")).isTrue();
    assertThat(allowedIps(answer)).containsExactly("10.0.0.0/8");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "client_ip=",
        "client_ip=localhost",
        "client_ip=10.0.0.0/8",
        "client_ip=1.2.3.4&client_ip=1.2.3.4"
      })
  void aClientIpThatIsNoAddressIs400(String field) {
    String key = officeToken().getString("key");

    Answer answer = introspect(tokenField(key) + "&" + field);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("request.client_ip.invalid");
    assertThat(answer.parameter()).isEqualTo("client_ip");
  }
}
