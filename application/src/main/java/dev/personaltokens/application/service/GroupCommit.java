package dev.personaltokens.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * Writes that requests hand in at the same time, written together: while one group's transaction
 * runs, the next requests queue, and the first of them let in writes all that have gathered in one
 * transaction - as a database groups the commits that arrive during a flush. A request alone is
 * written alone, at once; under load one transaction, and each of its statements, serve many.
 * Several groups may be written at once ({@code leaders}): with one, the cores idled while a
 * group's commit was being flushed to disk.
 *
 * <p>No thread of its own: a queued request's thread leads the next group (the leader-follower
 * handoff). Each item's outcome - one item refused does not refuse the others - is handed back only
 * once its group has committed. If a group fails as a whole, each of its items is written again
 * alone, by the thread that handed it in, exactly as without grouping: one item's failure fails no
 * other, and a database that is down fails each request as it would have.
 *
 * @param <I> what a request hands in
 * @param <O> what it gets back
 */
public final class GroupCommit<I, O> {

  /** Writes items, in the transaction it is called in. */
  public interface Writer<I, O> {

    /**
     * An outcome for each of {@code items}, in their order; throws to fail them all. Called again
     * with the same items when the transaction runs again.
     */
    List<Outcome<O>> writeAll(List<I> items);
  }

  /** An item's result, or why it was refused without anything of it written. */
  public record Outcome<O>(O value, RuntimeException refusal) {

    public static <O> Outcome<O> written(O value) {
      return new Outcome<>(value, null);
    }

    public static <O> Outcome<O> refused(RuntimeException refusal) {
      return new Outcome<>(null, refusal);
    }

    O get() {
      if (refusal != null) {
        throw refusal;
      }
      return value;
    }
  }

  private final int most;
  private final InTransaction transaction;
  private final Writer<I, O> writer;
  private final Queue<Waiting<I, O>> queued = new ConcurrentLinkedQueue<>();
  private final Semaphore leading;

  /**
   * @param leaders how many groups may be written at once
   * @param most the largest group: a bound on one transaction's locks and statements' size, and on
   *     how long the first of a group waits for the last
   * @param transaction runs a group, or an item alone, in a transaction
   */
  public GroupCommit(int leaders, int most, InTransaction transaction, Writer<I, O> writer) {
    this.leading = new Semaphore(leaders);
    this.most = most;
    this.transaction = transaction;
    this.writer = writer;
  }

  public O write(I item) {
    Waiting<I, O> mine = new Waiting<>(item);
    // Queued before it tries to lead, while a leader lets go before it looks for a next one:
    // either this thread leads, or a leader that kept it out finds it queued and wakes it.
    queued.add(mine);
    while (!mine.isDone()) {
      if (leading.tryAcquire()) {
        try {
          lead();
        } finally {
          leading.release();
        }
        Waiting<I, O> next = queued.peek();
        if (next != null) {
          next.wake();
        }
      } else {
        mine.awaitDoneOrWoken();
      }
    }
    return mine.outcome().orElseGet(() -> written(List.of(item)).get(0)).get();
  }

  /** The items written in one transaction: an outcome for each, or a throw for all. */
  private List<Outcome<O>> written(List<I> items) {
    return transaction.run(() -> writer.writeAll(items));
  }

  /**
   * Writes what has queued, while this thread leads: what arrives meanwhile queues for the next
   * group. A group of one is written the same way, its failure its own.
   */
  private void lead() {
    List<Waiting<I, O>> group = new ArrayList<>();
    for (Waiting<I, O> next; group.size() < most && (next = queued.poll()) != null; ) {
      group.add(next);
    }
    if (group.isEmpty()) {
      return; // this thread's item was in the group a leader before it took
    }
    try {
      List<Outcome<O>> outcomes = written(group.stream().map(Waiting::item).toList());
      for (int i = 0; i < group.size(); i++) {
        group.get(i).complete(outcomes.get(i));
      }
    } catch (RuntimeException failed) {
      if (group.size() == 1) {
        group.get(0).complete(Outcome.refused(failed));
      }
      // Otherwise each of the group is written again alone, below, failing or not on its own.
    } finally {
      group.forEach(Waiting::writeAloneUnlessDone);
    }
  }

  /** A request's item until its outcome is known, or until it is to be written alone. */
  private static final class Waiting<I, O> {

    private final I item;
    private Outcome<O> outcome;
    private boolean alone;
    private boolean woken;

    Waiting(I item) {
      this.item = item;
    }

    I item() {
      return item;
    }

    synchronized boolean isDone() {
      return outcome != null || alone;
    }

    /** Empty when the item is to be written alone. */
    synchronized Optional<Outcome<O>> outcome() {
      return Optional.ofNullable(outcome);
    }

    synchronized void complete(Outcome<O> written) {
      outcome = written;
      notifyAll();
    }

    synchronized void writeAloneUnlessDone() {
      if (outcome == null) {
        alone = true;
        notifyAll();
      }
    }

    synchronized void wake() {
      woken = true;
      notifyAll();
    }

    synchronized void awaitDoneOrWoken() {
      boolean interrupted = false;
      while (outcome == null && !alone && !woken) {
        try {
          wait();
        } catch (InterruptedException e) {
          // Queued or in a group, its outcome is coming: it waits on, and keeps the interrupt.
          interrupted = true;
        }
      }
      woken = false;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
