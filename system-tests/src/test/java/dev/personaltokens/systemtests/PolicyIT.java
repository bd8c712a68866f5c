package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The instance's policy on the real server, as a security reviewer tries it: a lowered maximum
 * lifetime stops a long-lived token on this API and on forward auth, and a raised one brings it
 * back. The policy is every class's on the shared server, so this one changes it while no other
 * runs ({@link SharedServer#POLICY}, taken for writing) and puts the defaults back after each test.
 */
@SharedServer.On
@ResourceLock(value = SharedServer.POLICY, mode = ResourceAccessMode.READ_WRITE)
class PolicyIT {

  static final String PASSWORD = "a-policy-bound-passphrase";
  static final String TOKENS = "api/iam/personal_tokens";

  final URL deployment = SharedServer.url();

  ApiClient api;
  String admin;
  String owner;

  /** A whole policy for a PUT: this maximum lifetime, these default addresses, nothing else. */
  static String policy(int days, String defaultAllowedIps) {
    return "{\"max_token_lifetime_days\":"
        + days
        + ",\"allowed_scopes\":[\"global\",\"read_only\"],\"inactivity_days\":null,"
        + "\"max_tokens_per_account\":null,\"require_two_factor\":false,"
        + "\"default_allowed_ips\":"
        + defaultAllowedIps
        + "}";
  }

  @BeforeEach
  void signIn() {
    api = new ApiClient(deployment);
    admin = api.sessionOf(SharedServer.ADMIN_EMAIL, SharedServer.ADMIN_PASSWORD);
    Account account = TestDatabase.newAccount(PASSWORD);
    owner = api.sessionOf(account.email().value(), PASSWORD);
  }

  @AfterEach
  void defaultsBack() {
    assertThat(api.put("api/admin/policy", admin, policy(366, "[]")).status()).isEqualTo(200);
  }

  @Test
  void aLoweredMaximumStopsALongLivedTokenEverywhereAndARaisedOneBringsItBack() {
    String key = create("{\"name\":\"a year\",\"expires_at\":\"" + inDays(300) + "\"}");
    assertThat(api.get("api/auth/verify", key).status()).isEqualTo(200);

    Answer lowered = api.put("api/admin/policy", admin, policy(30, "[]"));

    assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
    assertThat(lowered.json().getString("set_at")).isNotEmpty();
    Answer refused = api.get("api/user/me", key);
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.token.policy");
    assertThat(refused.body()).contains("exceeds the maximum lifetime of 30 days set on");
    assertThat(api.get("api/auth/verify", key).status()).isEqualTo(401);
    JsonObject listed = api.get(TOKENS, owner).json().getJsonArray("results").getJsonObject(0);
    assertThat(listed.getString("blocked")).endsWith("rotate it");
    Answer tooLong =
        api.postJson(TOKENS, owner, "{\"name\":\"x\",\"expires_at\":\"" + inDays(60) + "\"}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.errorCode()).isEqualTo("token.expires_at.too_far");

    assertThat(api.put("api/admin/policy", admin, policy(366, "[]")).status()).isEqualTo(200);

    assertThat(api.get("api/user/me", key).status()).isEqualTo(200);
    assertThat(api.get("api/auth/verify", key).status()).isEqualTo(200);
  }

  @Test
  void aNewTokenWithoutAddressesIsBoundToThePolicysDefaultOnes() {
    assertThat(api.put("api/admin/policy", admin, policy(366, "[\"10.0.0.0/8\"]")).status())
        .isEqualTo(200);

    Answer created =
        api.postJson(TOKENS, owner, "{\"name\":\"bound\",\"expires_at\":\"" + inDays(30) + "\"}");
    Answer chosen =
        api.postJson(
            TOKENS,
            owner,
            "{\"name\":\"anywhere\",\"expires_at\":\"" + inDays(30) + "\",\"allowed_ips\":[]}");

    assertThat(created.json().getJsonArray("allowed_ips").getString(0)).isEqualTo("10.0.0.0/8");
    assertThat(api.get("api/user/me", created.json().getString("key")).errorCode())
        .isEqualTo("auth.token.address");
    assertThat(api.get("api/user/me", chosen.json().getString("key")).status()).isEqualTo(200);
  }

  @Test
  void theChangeIsInTheAdminsLogWithBeforeAndAfterAndAMemberMayNotMakeIt() {
    assertThat(api.put("api/admin/policy", owner, policy(30, "[]")).errorCode())
        .isEqualTo("auth.role.insufficient");
    assertThat(api.get("api/admin/policy", owner).status()).isEqualTo(403);

    api.put("api/admin/policy", admin, policy(45, "[]"));

    JsonObject event =
        api.get("api/audit_events?type=policy.changed", admin)
            .json()
            .getJsonArray("results")
            .getJsonObject(0);
    assertThat(event.getString("detail")).isEqualTo("maximum lifetime 366 days -> 45 days");
    assertThat(api.get("api/admin/policy", admin).json().getInt("max_token_lifetime_days"))
        .isEqualTo(45);
  }

  /**
   * More creates than the limit leaves room for, sent at once: as many are made as there is room
   * for and the others refused - never one more, however the server gathers them into transactions
   * (two of which, at once, each counted the owner's tokens before the other's commit, until a
   * count was read held).
   */
  @Test
  void createsSentAtOnceNeverPassTheLimit() throws Exception {
    String limited =
        policy(366, "[]")
            .replace("\"max_tokens_per_account\":null", "\"max_tokens_per_account\":5");
    assertThat(api.put("api/admin/policy", admin, limited).status()).isEqualTo(200);
    create("{\"name\":\"first\",\"expires_at\":\"" + inDays(30) + "\"}");

    ExecutorService senders = Executors.newFixedThreadPool(12);
    List<Answer> answers = new ArrayList<>();
    try {
      List<Future<Answer>> sent = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String json = "{\"name\":\"at once " + i + "\",\"expires_at\":\"" + inDays(30) + "\"}";
        sent.add(senders.submit(() -> new ApiClient(deployment).postJson(TOKENS, owner, json)));
      }
      for (Future<Answer> answer : sent) {
        answers.add(answer.get(60, TimeUnit.SECONDS));
      }
    } finally {
      senders.shutdownNow();
    }

    assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(4);
    assertThat(answers)
        .filteredOn(answer -> answer.status() != 201)
        .extracting(Answer::errorCode)
        .containsOnly("token.limit.reached")
        .hasSize(8);
    assertThat(api.get(TOKENS, owner).json().getInt("count")).isEqualTo(5);
  }

  private String create(String json) {
    Answer created = api.postJson(TOKENS, owner, json);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getString("key");
  }

  private static String inDays(int days) {
    return Instant.now().plus(days, ChronoUnit.DAYS).toString().substring(0, 10);
  }
}
