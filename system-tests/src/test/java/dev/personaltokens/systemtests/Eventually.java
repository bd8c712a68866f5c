package dev.personaltokens.systemtests;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * For what the server does a moment after its answer (where a token was last used, written every
 * second): read again every 100 ms until {@code ready} holds, for up to 10 s, and hand back the
 * last reading - the test's assertions then say what was wrong if it never became ready.
 */
final class Eventually {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  private Eventually() {}

  static <T> T until(Callable<T> read, Predicate<T> ready) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    T value = call(read);
    while (!ready.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      value = call(read);
    }
    return value;
  }

  private static <T> T call(Callable<T> read) {
    try {
      return read.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
