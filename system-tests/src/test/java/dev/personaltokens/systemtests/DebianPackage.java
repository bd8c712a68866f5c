package dev.personaltokens.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;

/**
 * A program from a Debian package that some tests run (nginx, HAProxy, Caddy): where it is not
 * installed those tests are skipped and say so; under CI they fail instead, since .ci/run installs
 * it.
 */
final class DebianPackage {

  private DebianPackage() {}

  /** The first of {@code candidates} that can be run. */
  static Path binary(String pkg, String... candidates) {
    return Arrays.stream(candidates)
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst()
        .orElseGet(() -> missing(pkg));
  }

  /** A file the package installs that is not run, e.g. a library: {@code path}, if it is there. */
  static Path file(String pkg, String path) {
    return Files.exists(Path.of(path)) ? Path.of(path) : missing(pkg);
  }

  private static Path missing(String pkg) {
    if (System.getenv("CI") != null) {
      throw new IllegalStateException("CI must run these tests: install " + pkg);
    }
    Assumptions.abort(pkg + " is not installed (apt-get install " + pkg + "): skipped");
    throw new AssertionError("unreachable");
  }
}
