package dev.personaltokens.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Directories the tests make for the programs they start, and their deletion. */
final class TempDirs {

  private static final Set<Path> AT_EXIT = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> AT_EXIT.forEach(TempDirs::deleteIfAble), "temp-dirs-deletion"));
  }

  private TempDirs() {}

  /**
   * A new directory in the system's temporary directory, deleted with all it holds when the tests'
   * JVM ends: a browser's profile, nginx's or Caddy's prefix, kept until the program that uses it
   * has surely stopped.
   */
  static Path deletedAtExit(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      AT_EXIT.add(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes {@code dir} and all it holds. */
  static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** At the JVM's end there is no one to tell: what can't be deleted stays. */
  private static void deleteIfAble(Path dir) {
    try {
      delete(dir);
    } catch (IOException | UncheckedIOException leftBehind) {
      // stays in the temporary directory
    }
  }
}
