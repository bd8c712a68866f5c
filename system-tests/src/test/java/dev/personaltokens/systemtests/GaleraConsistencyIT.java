package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The rules that hold however calls race, with the racing calls sent to two nodes of ours that
 * write through different Galera nodes, where only replication makes them meet: the loser of a
 * certification conflict (its COMMIT refused because another node committed the same row first) is
 * run again by the server, never shown - one successor per token, exactly one revoker, the list's
 * count right. And a revoke through one database node is refused at once by a node of ours that
 * reads another, even one that lags behind.
 */
class GaleraConsistencyIT extends OnGalera {

  private static final int ROUNDS = 20;

  private static ExecutorService pool;
  private static String member;

  @BeforeAll
  static void aMemberOfTheirOwn() throws InterruptedException {
    pool = Executors.newFixedThreadPool(2);
    String email = "racer-" + UUID.randomUUID() + "@galera.example.com";
    Invitations.accept(a, session, email, "member", "the racer's passphrase");
    member = a.sessionOf(email, "the racer's passphrase");
  }

  @AfterAll
  static void stopThePool() {
    pool.shutdownNow();
  }

  @Test
  @Order(1)
  void rotationsOfOneTokenOnTwoDatabaseNodesAtOnceLeaveOneSuccessor() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      String name = "rotated-" + round + "-" + UUID.randomUUID();
      String path = TOKENS + "/" + create(a, name).getString("uuid") + "/rotate";

      List<Answer> rotations = atOnce(node -> node.postJson(path, member, "{}"));

      List<Integer> statuses = rotations.stream().map(Answer::status).toList();
      assertThat(statuses).as("round " + round).containsOnlyOnce(201).containsAnyOf(409, 401);
      for (ApiClient node : List.of(a, b)) {
        assertThat(node.get(TOKENS + "?search=" + name, member).json().getInt("count"))
            .as("live successors, round " + round)
            .isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  @Order(2)
  void revokesOfOneTokenOnTwoDatabaseNodesAtOnceHaveExactlyOneRevoker() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      JsonObject token = create(a, "revoked " + round);
      String uuid = token.getString("uuid");

      List<Answer> revokes = atOnce(node -> node.delete(TOKENS + "/" + uuid, member));

      assertThat(revokes).extracting(Answer::status).as("round " + round).contains(204);
      assertThat(revokes).extracting(Answer::status).isSubsetOf(204, 404);
      assertThat(eventsOf(uuid, "token.revoked")).as("revokers, round " + round).isEqualTo(1);
      for (ApiClient node : List.of(a, b)) {
        assertRefused(node, token.getString("key"));
      }
    }
  }

  @Test
  @Order(3)
  void aLeakReportedToTwoDatabaseNodesAtOnceRevokesOnce() throws Exception {
    // Ten rounds: twenty reports of the sixty an address may send in an hour.
    for (int round = 0; round < 10; round++) {
      JsonObject token = create(a, "leaked " + round);
      String body = "{\"credentials\":[\"" + token.getString("key") + "\"]}";

      List<Answer> reports = atOnce(node -> node.postJson("api/credentials/revoke", null, body));

      assertThat(reports).extracting(Answer::status).containsOnly(202);
      for (ApiClient node : List.of(a, b)) {
        Eventually.until(() -> node.get(ME, token.getString("key")).status(), s -> s == 401);
        assertRefused(node, token.getString("key"));
      }
      assertThat(eventsOf(token.getString("uuid"), "token.revoked_leaked"))
          .as("revocations, round " + round)
          .isEqualTo(1);
    }
  }

  /**
   * Both nodes create and revoke tokens of one account at once, each through its own database node:
   * every write changes the account's kept count, so they conflict all along and the server runs
   * the losers again; the count every page tells is still the number of live tokens, on both nodes,
   * and every acknowledged create and revoke is in it.
   */
  @Test
  @Order(4)
  void createsAndRevokesOnTwoDatabaseNodesAtOnceKeepTheCountRight() throws Exception {
    String email = "counted-" + UUID.randomUUID() + "@galera.example.com";
    Invitations.accept(a, session, email, "member", "the counter's passphrase");
    String owner = a.sessionOf(email, "the counter's passphrase");

    List<Future<Told>> loops = new ArrayList<>();
    for (ApiClient node : List.of(a, b)) {
      loops.add(pool.submit(() -> createAndRevokeEveryThird(node, owner, 30)));
    }
    List<String> made = new ArrayList<>();
    List<String> revoked = new ArrayList<>();
    for (Future<Told> loop : loops) {
      Told told = loop.get(60, TimeUnit.SECONDS);
      made.addAll(told.made());
      made.removeAll(told.unsure());
      revoked.addAll(told.revoked());
    }

    for (ApiClient node : List.of(a, b)) {
      JsonObject page = node.get(TOKENS + "?page_size=100", owner).json();
      List<String> live =
          page.getJsonArray("results").stream()
              .map(token -> token.asJsonObject().getString("uuid"))
              .toList();
      assertThat(page.getInt("count")).as("the kept count").isEqualTo(live.size());
      assertThat(live).doesNotContainAnyElementsOf(revoked);
      assertThat(live).containsAll(made.stream().filter(uuid -> !revoked.contains(uuid)).toList());
    }
    System.out.printf(
        "GaleraConsistencyIT: 60 creates and 20 revokes of one account through two database nodes"
            + " at once: %d creates and %d revokes acknowledged%n",
        made.size(), revoked.size());
  }

  /**
   * The revoke commits through database node 1 while node 2 has stopped applying what the others
   * commit: node B, whose connections go to node 2, has its cached copy evicted before the 204, and
   * its read of the token must not answer from node 2's old state (wsrep_sync_wait makes it wait).
   */
  @Test
  @Order(5)
  void aRevokeIsRefusedAtOnceByANodeOfOursReadingADatabaseNodeThatLagsBehind() throws Exception {
    JsonObject token = create(a, "read behind");
    String key = token.getString("key");
    for (int i = 0; i < 2; i++) {
      Answer used = b.get(ME, key);
      assertThat(used.status()).as(used.toString()).isEqualTo(200);
    }

    Answer whileBehind;
    Instant start;
    AutoCloseable lagging = galera.behind(galera.node(2));
    try {
      assertThat(a.delete(TOKENS + "/" + token.getString("uuid"), member).status()).isEqualTo(204);
      start = Instant.now();
      whileBehind = b.get(ME, key);
    } finally {
      lagging.close();
    }
    long took = Duration.between(start, Instant.now()).toMillis();

    assertThat(whileBehind.status()).as(whileBehind.toString()).isIn(401, 503);
    assertRefused(b, key);
    System.out.printf(
        "GaleraConsistencyIT: node B, reading a database node that lagged behind, answered %d in"
            + " %d ms right after the revoke's 204 on node A%n",
        whileBehind.status(), took);
  }

  private static JsonObject create(ApiClient node, String name) {
    Answer created =
        node.postJson(
            TOKENS,
            member,
            "{\"name\":\""
                + name
                + "\",\"expires_at\":\""
                + Instant.now().plus(Duration.ofDays(30))
                + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json();
  }

  /**
   * What a loop of creates and revokes was told: tokens made (201) and revoked (204), and those
   * whose revoke answered 503, which may or may not have committed.
   */
  private record Told(List<String> made, List<String> revoked, List<String> unsure) {}

  /**
   * Creates {@code count} tokens on {@code node}, revoking every third made. A 503 is allowed - it
   * acknowledges nothing - but no other refusal.
   */
  private static Told createAndRevokeEveryThird(ApiClient node, String owner, int count) {
    Told told = new Told(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < count; i++) {
      Answer created =
          node.postJson(
              TOKENS,
              owner,
              "{\"name\":\"counted "
                  + i
                  + "\",\"expires_at\":\""
                  + Instant.now().plus(Duration.ofDays(30))
                  + "\"}");
      assertThat(created.status()).as(created.toString()).isIn(201, 503);
      if (created.status() == 201) {
        String uuid = created.json().getString("uuid");
        told.made().add(uuid);
        if (told.made().size() % 3 == 0) {
          Answer gone = node.delete(TOKENS + "/" + uuid, owner);
          assertThat(gone.status()).as(gone.toString()).isIn(204, 503);
          (gone.status() == 204 ? told.revoked() : told.unsure()).add(uuid);
        }
      }
    }
    return told;
  }

  /** The same call on node A and node B, released at the same moment. */
  private static List<Answer> atOnce(java.util.function.Function<ApiClient, Answer> call)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Answer>> answers = new ArrayList<>();
    for (ApiClient node : List.of(a, b)) {
      Callable<Answer> racer =
          () -> {
            start.await();
            return call.apply(node);
          };
      answers.add(pool.submit(racer));
    }
    start.countDown();
    List<Answer> done = new ArrayList<>();
    for (Future<Answer> answer : answers) {
      done.add(answer.get(10, TimeUnit.SECONDS));
    }
    return done;
  }

  /** How many events of {@code type} the member's security log has for token {@code uuid}. */
  private static long eventsOf(String uuid, String type) {
    return a
        .get("api/audit_events?page_size=100&type=" + type, member)
        .json()
        .getJsonArray("results")
        .stream()
        .map(JsonObject.class::cast)
        .filter(event -> !event.isNull("token"))
        .filter(event -> event.getJsonObject("token").getString("uuid").equals(uuid))
        .count();
  }

  private static void assertRefused(ApiClient node, String key) {
    Answer answer = node.get(ME, key);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
  }
}
