package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A revocation on node A always wins on node B, whose cache held the token a moment before: the
 * next request there is refused, every time - one by one, by rotation, all at once, as a leak, by
 * deactivating the owner, and while both are hammered through HAProxy. And what the nodes share
 * besides: the sign-in throttle's counts, a command-line login begun on one and approved on the
 * other.
 */
class ClusterIT extends OnTwoNodes {

  @Test
  @Order(1)
  void theNodesFormOneClusterWhoseDataGridListensOnLoopbackOnly() throws Exception {
    for (ApiClient node : List.of(a, b)) {
      JsonObject cluster = check(node.get("health/ready", null).json(), "cluster");
      assertThat(cluster.getString("members")).isEqualTo("2");
      assertThat(cluster.getString("cache")).isEqualTo("trusted");
    }
    String listening =
        new String(
            new ProcessBuilder("ss", "-ltnH").start().getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
    for (Map<String, String> settings : List.of(settingsA, settingsB)) {
      String port = ":" + settings.get("PTK_CLUSTER_PORT") + " ";
      List<String> lines = listening.lines().filter(line -> line.contains(port)).toList();
      // ss writes an IPv4 address the JDK bound as an IPv6 one as [::ffff:127.0.0.1].
      assertThat(lines)
          .isNotEmpty()
          .allMatch(line -> line.matches(".* \\[?(::ffff:)?127\\.0\\.0\\.1\\]?" + port + ".*"));
    }
  }

  @Test
  @Order(2)
  void twoHundredRevocationsOnNodeAEachFailTheNextRequestOnNodeB() {
    List<Long> revokeMillis = new ArrayList<>();
    int accepted = 0;
    for (int round = 0; round < 200; round++) {
      JsonObject token = create("round " + round);
      String key = token.getString("key");
      cachedOn(b, key);

      Instant before = Instant.now();
      assertThat(a.delete(TOKENS + "/" + token.getString("uuid"), session).status()).isEqualTo(204);
      revokeMillis.add(Duration.between(before, Instant.now()).toMillis());

      Answer next = b.get(ME, key);
      if (next.status() == 401) {
        assertThat(next.errorCode()).isEqualTo("auth.token.revoked");
      } else {
        accepted++;
      }
    }
    assertThat(accepted).as("revoked keys node B accepted, of 200").isZero();
    System.out.println(
        "ClusterIT: 200 revokes on A, B accepted "
            + accepted
            + " after the 204; "
            + "revoke round trip "
            + summary(revokeMillis));
  }

  @Test
  @Order(3)
  void rotationRevokeAllAndLeakReportsWinOnTheOtherNodeToo() {
    for (int round = 0; round < 50; round++) {
      JsonObject token = create("rotated " + round);
      cachedOn(b, token.getString("key"));
      Answer rotated =
          a.postJson(TOKENS + "/" + token.getString("uuid") + "/rotate", session, "{}");
      assertThat(rotated.status()).isEqualTo(201);
      assertRefused(b.get(ME, token.getString("key")), "auth.token.rotated");
      assertThat(b.get(ME, rotated.json().getString("key")).status()).isEqualTo(200);
    }
    for (int round = 0; round < 50; round++) {
      String key = create("revoked with all " + round).getString("key");
      cachedOn(b, key);
      Answer all = a.postJson(TOKENS + "/revoke_all", session, "{\"confirm\":\"delete\"}");
      assertThat(all.status()).isEqualTo(200);
      assertRefused(b.get(ME, key), "auth.token.revoked");
    }
    // A leak report answers 202 before it revokes (so that it tells nothing): B refuses soon after.
    String leaked = create("leaked").getString("key");
    cachedOn(b, leaked);
    Answer report =
        a.postJson("api/credentials/revoke", null, "{\"credentials\":[\"" + leaked + "\"]}");
    assertThat(report.status()).isEqualTo(202);
    Eventually.until(() -> b.get(ME, leaked).status(), status -> status == 401);
    assertRefused(b.get(ME, leaked), "auth.token.revoked");
  }

  @Test
  @Order(4)
  void theSignInThrottleCountsFailuresOnEveryNode() {
    String email = "nobody-" + java.util.UUID.randomUUID() + "@cluster.example.com";
    for (int failure = 0; failure < 5; failure++) {
      ApiClient node = failure % 2 == 0 ? a : b;
      assertThat(node.signIn(email, "wrong-password-" + failure).errorCode())
          .isEqualTo("auth.credentials.invalid");
    }
    for (ApiClient node : List.of(a, b)) {
      Answer refused = node.signIn(email, "wrong-password-again");
      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.errorCode()).isEqualTo("auth.throttled");
    }
  }

  @Test
  @Order(4)
  void aCommandLineLoginBegunOnOneNodeIsApprovedOnTheOtherAndCollectedOnceOnEither() {
    JsonObject started = a.postJson("api/cli/login", null, "{\"machine\":\"ci@cluster\"}").json();
    String code = started.getString("user_code");
    String poll = "api/cli/login/" + started.getString("handle");

    Answer pending = b.send(b.request(poll, null).POST(BodyPublishers.noBody()));
    Answer approved = b.postJson("api/cli/login/code/" + code + "/approve", session, "");
    Answer collected = a.send(a.request(poll, null).POST(BodyPublishers.noBody()));
    Answer again = b.send(b.request(poll, null).POST(BodyPublishers.noBody()));

    assertThat(pending.errorCode()).isEqualTo("login.pending");
    assertThat(approved.status()).isEqualTo(204);
    assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
    assertThat(b.get(ME, collected.json().getString("key")).status()).isEqualTo(200);
    assertThat(again.errorCode()).isEqualTo("login.expired");
  }

  @Test
  @Order(5)
  void hammeredThroughHaproxyNothingGetsThroughAfterTheRevokeAnswered() throws Exception {
    ApiClient balanced = new ApiClient(haproxy.url());
    for (int round = 0; round < 5; round++) {
      JsonObject token = create("hammered " + round);
      String key = token.getString("key");
      Hammer throughHaproxy = new Hammer(balanced, key);
      Hammer onB = new Hammer(b, key);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      Future<List<long[]>> viaHaproxy = threads.submit(throughHaproxy);
      Future<List<long[]>> viaB = threads.submit(onB);
      Eventually.until(() -> throughHaproxy.ok + onB.ok, ok -> ok > 20);

      assertThat(a.delete(TOKENS + "/" + token.getString("uuid"), session).status()).isEqualTo(204);
      long answered = System.nanoTime();
      Eventually.until(() -> throughHaproxy.after(answered) + onB.after(answered), n -> n > 40);
      throughHaproxy.stop = true;
      onB.stop = true;

      long acceptedAfter =
          acceptedAfter(viaHaproxy.get(), answered) + acceptedAfter(viaB.get(), answered);
      threads.shutdown();
      assertThat(acceptedAfter).as("requests sent after the 204 and accepted").isZero();
      System.out.println(
          "ClusterIT: hammer round "
              + round
              + ": "
              + throughHaproxy.sent.size()
              + " via HAProxy, "
              + onB.sent.size()
              + " on B, 0 accepted after the 204");
    }
  }

  /**
   * Offboarding that can't be outrun: a member's tokens cached on node B, the member deactivated on
   * node A - the very next request on B with any of them is refused, and so is their sign-in.
   */
  @Test
  @Order(6)
  void aMemberDeactivatedOnNodeAIsRefusedOnNodeBAtOnce() throws Exception {
    String email = "leaver-" + java.util.UUID.randomUUID() + "@cluster.example.com";
    String password = "the leaver's passphrase";
    long id = Invitations.accept(a, session, email, "member", password);
    String theirs = a.sessionOf(email, password);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String key = create(theirs, "leaver's " + i).getString("key");
      cachedOn(b, key);
      keys.add(key);
    }

    Instant before = Instant.now();
    Answer done = a.postJson("api/admin/accounts/" + id + "/deactivate", session, "{}");
    long took = Duration.between(before, Instant.now()).toMillis();

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.json().getInt("tokens_revoked")).isEqualTo(3);
    for (String key : keys) {
      assertRefused(b.get(ME, key), "auth.token.revoked");
    }
    assertThat(b.get(ME, theirs).status()).isEqualTo(401);
    assertRefused(b.signIn(email, password), "auth.account.deactivated");
    System.out.println(
        "ClusterIT: deactivating a member with 3 tokens cached on node B answered on A in "
            + took
            + " ms; B refused each token on the next request");
  }

  /**
   * A maximum lifetime lowered on node A blocks a token node B holds in memory on its very next
   * request; raised again on A, the same token works on B again (blocked, not revoked).
   */
  @Test
  @Order(7)
  void aPolicyChangedOnNodeABindsTheTokensNodeBHoldsAtOnce() {
    String key = create("a month").getString("key");
    cachedOn(b, key);

    Answer lowered = a.put("api/admin/policy", session, PolicyIT.policy(20, "[]"));

    assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
    assertRefused(b.get(ME, key), "auth.token.policy");
    assertThat(a.put("api/admin/policy", session, PolicyIT.policy(366, "[]")).status())
        .isEqualTo(200);
    assertThat(b.get(ME, key).status()).isEqualTo(200);
  }

  private static long acceptedAfter(List<long[]> sent, long answered) {
    return sent.stream().filter(r -> r[0] > answered && r[1] == 200).count();
  }

  private static String summary(List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    return "p50 "
        + sorted.get(sorted.size() / 2)
        + " ms, p99 "
        + sorted.get(sorted.size() * 99 / 100)
        + " ms, max "
        + sorted.get(sorted.size() - 1)
        + " ms";
  }

  /** Sends GET /api/user/me with one key until stopped (at most 60 s): {send time, status}. */
  private static final class Hammer implements java.util.concurrent.Callable<List<long[]>> {

    private final ApiClient api;
    private final String key;
    private final List<long[]> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile boolean stop;
    volatile int ok;

    Hammer(ApiClient api, String key) {
      this.api = api;
      this.key = key;
    }

    @Override
    public List<long[]> call() {
      Instant limit = Instant.now().plus(Duration.ofSeconds(60));
      while (!stop && Instant.now().isBefore(limit)) {
        long start = System.nanoTime();
        int status = api.get(ME, key).status();
        sent.add(new long[] {start, status});
        if (status == 200) {
          ok++;
        }
      }
      return sent;
    }

    long after(long answered) {
      return sent.stream().filter(r -> r[0] > answered).count();
    }
  }
}
