package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.systemtests.ApiClient.Answer;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A loop of creates, revokes and verifications spread over both nodes of ours, one request at a
 * time, that remembers what each answer acknowledged and when it came, by phase of a fault: a token
 * is made on one node, verified on the other (a read its cache can't answer), and every third one
 * is revoked on the node that did not make it.
 */
final class GaleraLoad {

  /** One answer: in which phase, how long after the fault, with which status, how slow. */
  record Answered(String phase, long atMillis, int status, long tookMillis) {}

  private final ApiClient[] nodes;
  private final String session;
  private final List<Answered> answers = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private final List<String> uuids = new ArrayList<>();
  private final Set<String> revoked = new HashSet<>();

  /** Revokes answered 503: the database may have committed one before the answer was lost. */
  private final Set<String> unsure = new HashSet<>();

  private Instant fault = Instant.now();
  private String phase = "before";
  private int step;

  GaleraLoad(String session, ApiClient... nodes) {
    this.session = session;
    this.nodes = nodes;
  }

  /** From now on, answers count from this moment and belong to {@code phase}. */
  GaleraLoad fault(String phase) {
    this.fault = Instant.now();
    return phase(phase);
  }

  GaleraLoad phase(String phase) {
    this.phase = phase;
    return this;
  }

  /** {@code count} steps. */
  GaleraLoad steps(int count) {
    for (int i = 0; i < count; i++) {
      step();
    }
    return this;
  }

  /**
   * Steps until {@code done} says so, at most {@code limit} long; how long it took from the fault.
   * Past the limit, it fails with what {@code cluster} tells of its nodes then.
   */
  Duration stepsUntil(Condition done, Duration limit, GaleraCluster cluster) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    while (!done.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "not within " + limit + " (phase " + phase + "); the nodes then:\n" + cluster.nodes());
      }
      step();
    }
    return Duration.between(fault, Instant.now());
  }

  /** A check of the database nodes, asked between two steps. */
  interface Condition {
    boolean holds() throws Exception;
  }

  private void step() {
    ApiClient here = nodes[step % nodes.length];
    ApiClient there = nodes[(step + 1) % nodes.length];
    Answer made = count(() -> here.postJson(OnGalera.TOKENS, session, tokenJson("load " + step)));
    if (made != null && made.status() == 201) {
      keys.add(made.json().getString("key"));
      uuids.add(made.json().getString("uuid"));
      count(() -> there.get("api/auth/verify", keys.get(keys.size() - 1)));
      if (keys.size() % 3 == 0) {
        String key = keys.get(keys.size() - 1);
        String uuid = uuids.get(uuids.size() - 1);
        Answer gone = count(() -> there.delete(OnGalera.TOKENS + "/" + uuid, session));
        (gone != null && gone.status() == 204 ? revoked : unsure).add(key);
      }
    }
    step++;
  }

  /** The answer, remembered; none (-1) when the connection failed. */
  private Answer count(Supplier<Answer> request) {
    Instant start = Instant.now();
    Answer answer;
    try {
      answer = request.get();
    } catch (UncheckedIOException noAnswer) {
      answer = null;
    }
    Instant end = Instant.now();
    answers.add(
        new Answered(
            phase,
            Duration.between(fault, end).toMillis(),
            answer == null ? -1 : answer.status(),
            Duration.between(start, end).toMillis()));
    return answer;
  }

  /** The answers of {@code phases} by status. */
  Map<Integer, Long> statuses(String... phases) {
    Set<String> wanted = Set.of(phases);
    return answers.stream()
        .filter(answer -> wanted.isEmpty() || wanted.contains(answer.phase()))
        .collect(Collectors.groupingBy(Answered::status, TreeMap::new, Collectors.counting()));
  }

  /** What happened, in one line per phase, for the build's log. */
  String summary() {
    Map<String, List<Answered>> byPhase =
        answers.stream()
            .collect(
                Collectors.groupingBy(
                    Answered::phase, java.util.LinkedHashMap::new, Collectors.toList()));
    StringBuilder out = new StringBuilder();
    byPhase.forEach(
        (name, inPhase) -> {
          List<Answered> refused = inPhase.stream().filter(a -> a.status() == 503).toList();
          out.append(
              String.format(
                  "%n  %-14s %s; slowest %d ms%s",
                  name,
                  statuses(name),
                  inPhase.stream().mapToLong(Answered::tookMillis).max().orElse(0),
                  refused.isEmpty()
                      ? ""
                      : "; 503s from "
                          + refused.get(0).atMillis()
                          + " to "
                          + refused.get(refused.size() - 1).atMillis()
                          + " ms after the fault"));
        });
    return out.toString();
  }

  /**
   * No answer but the API's own, no 500; every token a 201 acknowledged readable and working on
   * every node of ours unless a 204 acknowledged its revoke, and then refused on every one (a
   * revoke answered 503 may or may not have committed: such a token is not judged).
   */
  void assertNothingLost() {
    assertThat(statuses().keySet()).isSubsetOf(200, 201, 204, 401, 503);
    assertThat(keys).as("tokens acknowledged").isNotEmpty();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (unsure.contains(key)) {
        continue;
      }
      boolean gone = revoked.contains(key);
      for (ApiClient node : nodes) {
        assertThat(node.get("api/auth/verify", key).status())
            .as("a key acknowledged by a 201, its revoke %s", gone ? "by a 204" : "never asked")
            .isEqualTo(gone ? 401 : 200);
        assertThat(node.get(OnGalera.TOKENS + "/" + uuids.get(i), session).status())
            .isEqualTo(gone ? 404 : 200);
      }
    }
  }

  private static String tokenJson(String name) {
    String expires = Instant.now().plus(Duration.ofDays(7)).toString().substring(0, 10);
    return "{\"name\":\"" + name + "\",\"expires_at\":\"" + expires + "T00:00:00Z\"}";
  }
}
