package dev.personaltokens.systemtests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The servers of the isolated classes - the database fault class's own, the two nodes of ours, the
 * Galera cluster - started one after another in the background from the run's first moment, while
 * the other classes run two at a time. JUnit runs the isolated classes last, one by one; booted
 * inside them, their servers' two minutes of starting would leave the other lane idle. Every
 * isolated class waits for all the boots to end ({@link Await}) before it begins, so none of them
 * loads what it measures. The boots run at a lower priority ({@link Priority}) until then: on two
 * cores the classes that run meanwhile are the run's critical path, and the boots can take what
 * those leave.
 *
 * <p>A launcher listener (META-INF/services): it boots only what the run's classes need, and stops
 * what it started when the run ends.
 */
public final class IsolatedServers implements TestExecutionListener {

  /** What to start for the classes of which type, in the order the isolated classes run. */
  private static final Map<Class<?>, Callable<AutoCloseable>> BOOTS = new LinkedHashMap<>();

  static {
    BOOTS.put(DatabaseFaultsIT.class, DatabaseFaultsIT::startServer);
    BOOTS.put(OnTwoNodes.class, OnTwoNodes::startBoth);
    BOOTS.put(OnGalera.class, OnGalera::startAll);
  }

  private static final Map<Class<?>, Future<AutoCloseable>> STARTED = new LinkedHashMap<>();
  private static ExecutorService background;
  private static Future<?> restored;

  /**
   * The run's plan: a class may run tests of its own with a launcher of its own
   * (GaleraContractsIT), whose plan must neither boot nor stop anything.
   */
  private static volatile TestPlan run;

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    if (run != null) {
      return;
    }
    run = plan;
    Set<Class<?>> classes = classesOf(plan);
    background =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "isolated-servers");
              thread.setDaemon(true);
              return thread;
            });
    synchronized (STARTED) {
      // Behind the other classes: what the boots take from two busy cores, they would take from
      // the classes that run meanwhile - and it is those classes that the run waits for.
      background.submit(() -> Priority.ofThisThread(Priority.BEHIND));
      BOOTS.forEach(
          (type, boot) -> {
            if (classes.stream().anyMatch(type::isAssignableFrom)) {
              STARTED.put(type, background.submit(boot));
            }
          });
      // The isolated classes measure their servers, which must then run as any other.
      restored = background.submit(Priority::restoreStartedProcesses);
    }
  }

  /** Stops what started, last first; a boot still under way (an aborted run) ends first. */
  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (plan != run) {
      return;
    }
    background.shutdown();
    List<Future<AutoCloseable>> started;
    synchronized (STARTED) {
      started = new ArrayList<>(STARTED.values());
      STARTED.clear();
    }
    try {
      background.awaitTermination(5, TimeUnit.MINUTES);
      for (int i = started.size() - 1; i >= 0; i--) {
        AutoCloseable server;
        try {
          server = started.get(i).get();
        } catch (ExecutionException neverStarted) {
          continue;
        }
        server.close();
      }
    } catch (Exception e) {
      throw new IllegalStateException("an isolated class's server did not stop", e);
    }
  }

  /**
   * For an isolated class: waits until every boot of the run has ended - it runs alone - and throws
   * what the boot of its own server failed with, if it has one (a missing Debian package aborts,
   * and so skips, its classes).
   */
  static final class Await implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
      Class<?> test = context.getRequiredTestClass();
      List<Future<?>> boots;
      Optional<Future<AutoCloseable>> own;
      synchronized (STARTED) {
        boots = new ArrayList<>(STARTED.values());
        if (restored != null) {
          boots.add(restored);
        }
        own =
            STARTED.entrySet().stream()
                .filter(boot -> boot.getKey().isAssignableFrom(test))
                .map(Map.Entry::getValue)
                .findFirst();
      }
      for (Future<?> boot : boots) {
        try {
          boot.get();
        } catch (ExecutionException failed) {
          if (own.orElse(null) == boot) {
            throw failed.getCause() instanceof Exception cause
                ? cause
                : new IllegalStateException(failed.getCause());
          }
        }
      }
    }
  }

  private static Set<Class<?>> classesOf(TestPlan plan) {
    Set<Class<?>> classes = new HashSet<>();
    Deque<TestIdentifier> todo = new ArrayDeque<>(plan.getRoots());
    while (!todo.isEmpty()) {
      TestIdentifier test = todo.pop();
      test.getSource()
          .filter(ClassSource.class::isInstance)
          .map(source -> ((ClassSource) source).getJavaClass())
          .ifPresent(classes::add);
      todo.addAll(plan.getChildren(test));
    }
    return classes;
  }
}
