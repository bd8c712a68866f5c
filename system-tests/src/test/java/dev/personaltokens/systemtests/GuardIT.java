package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What an attacker tries against the guard, on the server as {@code ./run} starts it, behind a
 * trusted proxy on loopback (PTK_TRUSTED_PROXIES), so that a test can speak for many client
 * addresses through {@code X-Forwarded-For}: guesses sent in parallel, a flood of sign-ins against
 * verification, and the client's address given in more than one header line. Isolated: a flood must
 * meet no other class's load, so that what it shows is the guard's doing.
 */
@SharedServer.Alone
@Isolated
@ExtendWith(IsolatedServers.Await.class)
class GuardIT {

  private static final String TOKENS = "api/iam/personal_tokens";

  private static final String OWNER_PASSWORD = "the-guarded-owners-password";

  private static LaunchedServer server;
  private static ApiClient api;
  private static String owner;
  private static String session;

  /** An account of this class's own, opened by the operator (the server's first admin is not). */
  @BeforeAll
  static void signIn(@TempDir Path home) {
    server = SharedServer.alone();
    api = new ApiClient(server.url());
    owner = "owner-" + UUID.randomUUID() + "@guard.example.com";
    server.openAccount(home, owner, OWNER_PASSWORD);
    session = api.sessionOf(owner, OWNER_PASSWORD);
  }

  /** The keys of {@code count} new tokens of the owner's, named {@code name} and a number. */
  static List<String> newTokens(String name, int count) {
    String expires = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(
          api.postJson(
                  TOKENS,
                  session,
                  "{\"name\":\"" + name + " " + i + "\",\"expires_at\":\"" + expires + "\"}")
              .json()
              .getString("key"));
    }
    return keys;
  }

  /** A password sign-in of {@code email} as the client at {@code address} (behind the proxy). */
  static Answer signIn(String email, String password, String address) {
    return api.send(api.signInRequest(email, password).header("X-Forwarded-For", address));
  }

  /**
   * Five wrong passwords for one account from one client, and the sixth attempt, right or not,
   * waits: said in the answer. Here, not on the shared server: failures from one address count
   * across accounts (20 free), and all the shared server's tests come from 127.0.0.1.
   */
  @Test
  void guessingPasswordsIsSlowedAndSaidWhenToTryAgain(@TempDir Path home) {
    String email = "guessed-" + UUID.randomUUID() + "@guard.example.com";
    String password = "the-guessed-accounts-password";
    server.openAccount(home, email, password);
    String guesser = "198.51.100.23";
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(email, "a wrong password", guesser).status()).isEqualTo(401);
    }

    Answer throttled = signIn(email, password, guesser);

    assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
    assertThat(throttled.errorCode()).isEqualTo("auth.throttled");
    assertThat(throttled.header("Retry-After")).contains("30");
    assertThat(throttled.json().getJsonArray("errors").getJsonObject(0).getString("detail"))
        .isEqualTo("too many failed sign-ins from this address; try again in 30 seconds");
  }

  @Test
  void parallelGuessesAreCountedBeforeTheyAreCheckedAndTheOwnerStillSignsIn() throws Exception {
    String guesser = "203.0.113.77";
    ExecutorService threads = Executors.newFixedThreadPool(100);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        String guess = "wrong-guess-" + i;
        answers.add(threads.submit(() -> signIn(owner, guess, guesser).status()));
      }
      Map<Integer, Integer> statuses = new TreeMap<>();
      for (Future<Integer> answer : answers) {
        statuses.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
      }
      System.out.println("200 parallel guesses from one address: " + statuses);

      assertThat(statuses.getOrDefault(401, 0))
          .as("passwords actually checked, of %s", statuses)
          .isLessThanOrEqualTo(5);
      assertThat(statuses.keySet()).as("only refusals").isSubsetOf(401, 429);
    } finally {
      threads.shutdownNow();
    }
    assertThat(signIn(owner, OWNER_PASSWORD, "198.51.100.7").status())
        .as("the owner, from another address")
        .isEqualTo(201);
  }

  /**
   * Verification is answered by the server's own endpoint, before the servlet container, and
   * answers as the servlet did: the security headers and no-store on the verdict and on a refusal,
   * TRACE refused with the API's JSON 405. Tokens no node has cached, verified 16 at a time, each
   * read from the database in an invocation of its own: all 200, nothing in the log.
   */
  @Test
  void verificationIsAnsweredBeforeTheServletContainerAsTheServletAnswered() throws Exception {
    assertThat(server.log())
        .contains("Verification is answered before the servlet container at /api/auth/verify");
    List<String> keys = newTokens("endpoint", 48);
    String before = server.log();
    ExecutorService threads = Executors.newFixedThreadPool(16);
    Map<Integer, Integer> statuses = new TreeMap<>();
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (String key : keys) {
        answers.add(
            threads.submit(
                () ->
                    api.send(
                            api.request("api/auth/verify/orders/7", null)
                                .header("Authorization", "Bearer " + key))
                        .status()));
      }
      for (Future<Integer> answer : answers) {
        statuses.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(statuses).isEqualTo(Map.of(200, keys.size()));
    assertThat(server.log().substring(before.length()))
        .as("what the verifications logged")
        .doesNotContain("WARNING", "SEVERE");

    Answer verdict =
        api.send(
            api.request("api/auth/verify", null).header("Authorization", "Token " + keys.get(0)));
    Answer refused = api.send(api.request("api/auth/verify", null));
    Answer trace =
        api.send(
            api.request("api/auth/verify", null)
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));
    assertThat(verdict.status()).isEqualTo(200);
    assertThat(verdict.header("Content-Length")).contains("0");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.errorCode()).isEqualTo("auth.missing");
    assertThat(trace.status()).isEqualTo(405);
    assertThat(trace.errorCode()).isEqualTo("method.not_allowed");
    for (Answer answer : List.of(verdict, refused, trace)) {
      assertThat(answer.header("Cache-Control")).as(answer.toString()).contains("no-store");
      assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).contains("nosniff");
      assertThat(answer.header("Content-Security-Policy"))
          .as(answer.toString())
          .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
    }
  }

  /**
   * A flood of wrong passwords, each from an address of its own so that no throttle stops it, while
   * tokens are verified that no node has cached: the hashes hold no database connection and wait
   * their turn for a core, so verification keeps answering.
   */
  @Test
  void aFloodOfSignInsCantStarveVerification() throws Exception {
    List<String> keys = newTokens("flood", 60);
    AtomicBoolean flooding = new AtomicBoolean(true);
    AtomicInteger signIns = new AtomicInteger();
    Map<Integer, Integer> signInStatuses = new ConcurrentHashMap<>();
    ExecutorService flood = Executors.newFixedThreadPool(64);
    try {
      for (int t = 0; t < 64; t++) {
        int thread = t;
        flood.submit(
            () -> {
              for (int n = 0; flooding.get() && n < 40; n++) {
                String address = "198.18." + thread + "." + n;
                int status =
                    signIn("nobody-" + thread + "-" + n + "@example.com", "guess", address)
                        .status();
                signInStatuses.merge(status, 1, Integer::sum);
                signIns.incrementAndGet();
              }
            });
      }
      Map<Integer, Integer> verifications = new TreeMap<>();
      for (String key : keys) {
        Answer verified =
            api.send(
                api.request("api/auth/verify", null)
                    .header("Authorization", "Bearer " + key)
                    .timeout(Duration.ofSeconds(30)));
        verifications.merge(verified.status(), 1, Integer::sum);
      }
      System.out.println(
          "Uncached verifications during a flood of "
              + signIns.get()
              + " sign-ins "
              + signInStatuses
              + ": "
              + verifications);

      assertThat(verifications).isEqualTo(Map.of(200, keys.size()));
      assertThat(signIns.get()).as("the flood was under way").isPositive();
      assertThat(signInStatuses.keySet()).isSubsetOf(401, 429);
    } finally {
      flooding.set(false);
      flood.shutdown();
      assertThat(flood.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }
  }

  /**
   * Thousands of hostile requests, none with a valid credential - malformed escapes, NUL, encoded
   * slashes, dot-segments, invalid UTF-8, over-long lines and headers, broken framing among them:
   * every answer is the API's JSON error (or OPTIONS' bare 204 with Allow), none is a 2xx, a 5xx,
   * HTML or empty, and none leaves a SEVERE line in the server's log. Only a request the client
   * itself leaves unfinished (a body shorter than announced, then its side closed) may get no
   * answer: there is no request to answer.
   */
  @Test
  void aHostileCorpusGetsTheApisJsonErrorsOnlyAndNoSevereLine() throws Exception {
    long seed = System.nanoTime();
    int port = server.url().getPort();
    String host = "127.0.0.1:" + port;
    long severeBefore = severeLines();
    List<byte[]> corpus = new ArrayList<>(HostileCorpus.generate(seed, 3_000, host, ""));
    for (String method : HostileCorpus.METHODS) {
      for (String tail : HostileCorpus.PATH_TAILS) {
        corpus.add(HostileCorpus.request(method, "/api/user/me" + tail, new String[0], "", host));
        corpus.add(
            HostileCorpus.request(method, "/api/auth/verify" + tail, new String[0], "", host));
      }
    }
    List<String> wrong = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int bare = 0;
    int unfinished = 0;
    for (byte[] request : corpus) {
      HostileCorpus.Reply reply = HostileCorpus.send(port, request);
      statuses.merge(reply.status(), 1, Integer::sum);
      String line =
          new String(request, 0, Math.min(120, request.length), StandardCharsets.ISO_8859_1)
              .split("\r\n")[0];
      boolean head = line.startsWith("HEAD ");
      boolean json = reply.contentType().startsWith("application/json");
      if (reply.status() == 0 && HostileCorpus.incomplete(request)) {
        unfinished++; // the client closed owing the body it announced: no request to answer
      } else if (line.startsWith("OPTIONS ") && reply.status() == 204) {
        if (!reply.body().isEmpty() || !reply.headers().contains("Allow:")) {
          wrong.add("OPTIONS without Allow, or with a body, for " + line);
        }
      } else if (reply.status() < 400 || reply.status() >= 500) {
        wrong.add(reply.status() + " for " + line);
      } else if (!json || (!head && reply.errorCode() == null)) {
        bare++;
        wrong.add("not the API's error (" + reply.contentType() + ") for " + line);
      } else if (reply.body().toLowerCase(java.util.Locale.ROOT).contains("<html")) {
        wrong.add("HTML for " + line);
      }
    }
    long severe = severeLines() - severeBefore;

    System.out.printf(
        "Hostile corpus (seed %d): %d requests, statuses %s (0: %d unfinished by the client), %d"
            + " bare or not JSON, %d SEVERE lines%n",
        seed, corpus.size(), statuses, unfinished, bare, severe);
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(3_000);
    assertThat(wrong).as("seed " + seed).isEmpty();
    assertThat(severe).as("SEVERE lines in the server's log").isZero();
  }

  private static long severeLines() throws java.io.IOException {
    return server.log().lines().filter(line -> line.contains("SEVERE")).count();
  }

  /**
   * A proxy that adds a header line of its own (HAProxy's {@code option forwardfor}) after the one
   * the client sent: the client's own line is not believed, and the address is written canonically.
   */
  @Test
  void everyForwardedForLineCountsAndTheClientIsTheFirstUntrustedAddressFromTheEnd() {
    HttpRequest.Builder request =
        api.signInRequest(owner, OWNER_PASSWORD)
            .header("X-Forwarded-For", "198.51.100.66")
            .header("X-Forwarded-For", "2001:DB8:0:0:0:0:0:9, 127.0.0.1");
    String signedIn = api.send(request).json().getString("token");

    JsonObject events =
        api.get("api/audit_events?type=session.created&page_size=1", signedIn).json();

    assertThat(events.getJsonArray("results").getJsonObject(0).getString("ip"))
        .isEqualTo("2001:db8::9");
  }
}
