package dev.personaltokens.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.service.GroupCommit.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real threads against a writer that upper-cases its items, refuses those that start with {@code
 * refuse} and fails its whole group for one that starts with {@code fail}; the first group it is
 * given can be held open, so that the writes that follow queue behind it.
 */
class GroupCommitTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final AtomicInteger transactions = new AtomicInteger();
  private final InTransaction transaction =
      new InTransaction() {
        @Override
        public <T> T run(Supplier<T> work) {
          transactions.incrementAndGet();
          return work.get();
        }
      };
  private final List<List<String>> given = new ArrayList<>();
  private final CountDownLatch firstHeld = new CountDownLatch(1);
  private final CountDownLatch firstReleased = new CountDownLatch(1);
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean holdFirst;

  private List<Outcome<String>> writeAll(List<String> items) {
    boolean first;
    synchronized (given) {
      given.add(items);
      first = given.size() == 1;
    }
    if (first && holdFirst) {
      firstHeld.countDown();
      awaitQuietly(firstReleased);
    }
    if (items.stream().anyMatch(item -> item.startsWith("fail"))) {
      throw new IllegalStateException("the group failed");
    }
    return items.stream()
        .map(
            item ->
                item.startsWith("refuse")
                    ? Outcome.<String>refused(new IllegalArgumentException(item))
                    : Outcome.written(item.toUpperCase(Locale.ROOT)))
        .toList();
  }

  private GroupCommit<String, String> groups(int leaders, int most) {
    return new GroupCommit<>(leaders, most, transaction, this::writeAll);
  }

  @AfterEach
  void noWriterLeftBehind() throws InterruptedException {
    firstReleased.countDown();
    for (Thread writer : writers) {
      writer.join(PATIENCE.toMillis());
      assertThat(writer.isAlive()).as("a writer still waiting").isFalse();
    }
  }

  @Test
  void aLoneItemIsWrittenAtOnceInATransactionOfItsOwn() {
    assertThat(groups(1, 32).write("alone")).isEqualTo("ALONE");

    assertThat(given).containsExactly(List.of("alone"));
    assertThat(transactions).hasValue(1);
  }

  @Test
  void itemsThatQueueWhileAGroupIsWrittenAreWrittenTogetherInOneTransaction() throws Exception {
    GroupCommit<String, String> groups = groups(1, 32);
    CompletableFuture<String> first = holdingTheFirstGroup(groups);

    List<CompletableFuture<String>> queued = queue(groups, "b", "c", "d");
    firstReleased.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
    assertThat(results(queued)).containsExactly("B", "C", "D");
    assertThat(given).hasSize(2);
    assertThat(given.get(1)).containsExactlyInAnyOrder("b", "c", "d");
    assertThat(transactions).hasValue(2);
  }

  @Test
  void aRefusedItemIsRefusedAloneAndTheRestOfItsGroupWritten() throws Exception {
    GroupCommit<String, String> groups = groups(1, 32);
    holdingTheFirstGroup(groups);

    List<CompletableFuture<String>> queued = queue(groups, "b", "refuse c", "d");
    firstReleased.countDown();

    assertThat(queued.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("B");
    assertThat(queued.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("D");
    assertThatThrownBy(() -> queued.get(1).join())
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("refuse c");
    assertThat(given).hasSize(2);
  }

  @Test
  void aGroupThatFailsAsAWholeIsWrittenAgainItemByItemEachFailingOnItsOwn() throws Exception {
    GroupCommit<String, String> groups = groups(1, 32);
    holdingTheFirstGroup(groups);

    List<CompletableFuture<String>> queued = queue(groups, "b", "fail c", "d");
    firstReleased.countDown();

    assertThat(queued.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("B");
    assertThat(queued.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("D");
    assertThatThrownBy(() -> queued.get(1).join())
        .hasCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("the group failed");
    assertThat(given.subList(2, given.size()))
        .containsExactlyInAnyOrder(List.of("b"), List.of("fail c"), List.of("d"));
    assertThat(transactions).hasValue(5);
  }

  @Test
  void aLoneItemThatFailsFailsItsWriterOnceWithTheFailure() {
    GroupCommit<String, String> groups = groups(1, 32);

    assertThatThrownBy(() -> groups.write("fail alone"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the group failed");
    assertThat(given).containsExactly(List.of("fail alone"));
  }

  @Test
  void noGroupIsLargerThanTheMost() throws Exception {
    GroupCommit<String, String> groups = groups(1, 2);
    holdingTheFirstGroup(groups);

    List<CompletableFuture<String>> queued = queue(groups, "b", "c", "d", "e", "f");
    firstReleased.countDown();

    assertThat(results(queued)).containsExactly("B", "C", "D", "E", "F");
    assertThat(given.subList(1, given.size()))
        .containsExactly(List.of("b", "c"), List.of("d", "e"), List.of("f"));
  }

  @Test
  void asManyGroupsAsLeadersAreWrittenAtOnce() throws Exception {
    GroupCommit<String, String> groups = groups(2, 32);
    holdingTheFirstGroup(groups);

    // The first group held open, a second leader writes this one meanwhile.
    assertThat(groups.write("second")).isEqualTo("SECOND");
    assertThat(given).containsExactly(List.of("first"), List.of("second"));
  }

  /** Writes "first" in a thread of its own, whose group is held until the test lets it go. */
  private CompletableFuture<String> holdingTheFirstGroup(GroupCommit<String, String> groups)
      throws InterruptedException {
    holdFirst = true;
    CompletableFuture<String> first = write(groups, "first");
    assertThat(firstHeld.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    return first;
  }

  /** Writes each item in a thread of its own, once each earlier one waits in the queue. */
  private List<CompletableFuture<String>> queue(GroupCommit<String, String> groups, String... items)
      throws InterruptedException {
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (String item : items) {
      results.add(write(groups, item));
      Thread writer = writers.get(writers.size() - 1);
      Instant deadline = Instant.now().plus(PATIENCE);
      while (writer.getState() != Thread.State.WAITING) {
        assertThat(Instant.now()).as(item + " queued").isBefore(deadline);
        Thread.sleep(1);
      }
    }
    return results;
  }

  private CompletableFuture<String> write(GroupCommit<String, String> groups, String item) {
    CompletableFuture<String> result = new CompletableFuture<>();
    Thread writer =
        new Thread(
            () -> {
              try {
                result.complete(groups.write(item));
              } catch (RuntimeException e) {
                result.completeExceptionally(e);
              }
            },
            "writer " + item);
    writers.add(writer);
    writer.start();
    return result;
  }

  private static List<String> results(List<CompletableFuture<String>> futures) throws Exception {
    List<String> results = new ArrayList<>();
    for (CompletableFuture<String> future : futures) {
      results.add(future.get(10, TimeUnit.SECONDS));
    }
    return results;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
