package dev.personaltokens.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scheduling priority (Linux's nice value) of the processes the tests start in the background.
 * A process inherits the nice value of the thread that starts it, and each of its threads that of
 * the thread that made it: a thread that lowers its own priority lowers that of every process it
 * starts, and of every process those start.
 */
final class Priority {

  /** The nice value of the background boots: behind the classes that run meanwhile. */
  static final int BEHIND = 10;

  private Priority() {}

  /** Sets the calling thread's nice value (its task id is /proc/thread-self's name). */
  static Void ofThisThread(int niceness) throws IOException, InterruptedException {
    renice(niceness, List.of(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName()));
    return null;
  }

  /**
   * Puts every thread of this JVM (the background thread made some: its HTTP clients'), of every
   * process it started and of theirs back at the default nice value of 0. Raising a priority takes
   * root (which CI is): elsewhere they stay behind, and renice says so in the run's output.
   */
  static Void restoreStartedProcesses() throws IOException, InterruptedException {
    List<Path> threads = new ArrayList<>();
    Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants())
        .forEach(process -> threads.addAll(tasksOf(process.pid())));
    renice(0, threads);
    return null;
  }

  private static List<Path> tasksOf(long pid) {
    try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      return tasks.map(Path::getFileName).toList();
    } catch (IOException | UncheckedIOException ended) { // the process ended meanwhile
      return List.of();
    }
  }

  /** Renices {@code threads}; what renice says of one it can't change (or that ended) is shown. */
  private static void renice(int niceness, List<Path> threads)
      throws IOException, InterruptedException {
    if (threads.isEmpty()) {
      return;
    }
    List<String> command =
        new ArrayList<>(List.of("renice", "-n", Integer.toString(niceness), "-p"));
    threads.forEach(thread -> command.add(thread.toString()));
    // Its standard output names each thread changed; its errors go to the run's output.
    Process renice =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    renice.waitFor();
  }
}
