package dev.personaltokens.systemtests;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's HAProxy running the README's example, {@code examples/haproxy/two-nodes.cfg}, as it is
 * in the repository: only its addresses are pointed at the test's loopback ports. Where HAProxy is
 * not installed the tests are skipped and say so; under CI they fail instead, since .ci/run
 * installs it.
 */
final class Haproxy implements AutoCloseable {

  static final Path EXAMPLE = Path.of("..", "examples", "haproxy", "two-nodes.cfg");

  private final Process process;
  private final int port;
  private final Path dir;

  private Haproxy(Process process, int port, Path dir) {
    this.process = process;
    this.port = port;
    this.dir = dir;
  }

  /** In front of exactly two nodes, as the example is. */
  static Haproxy roundRobin(List<URL> nodes) throws IOException {
    Path binary = DebianPackage.binary("haproxy", "/usr/sbin/haproxy");
    int port = LoopbackPort.free();
    Path dir = Files.createTempDirectory("ptk-haproxy");
    Files.writeString(
        dir.resolve("haproxy.cfg"),
        Files.readString(EXAMPLE)
            .replace("bind 127.0.0.1:8000", "bind 127.0.0.1:" + port)
            .replace("127.0.0.1:8080 check", "127.0.0.1:" + nodes.get(0).getPort() + " check")
            .replace("127.0.0.1:8081 check", "127.0.0.1:" + nodes.get(1).getPort() + " check"));
    Process process =
        new ProcessBuilder(binary.toString(), "-db", "-f", dir.resolve("haproxy.cfg").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("haproxy.log").toFile())
            .start();
    Haproxy haproxy = new Haproxy(process, port, dir);
    LoopbackPort.awaitListening(process, port, dir.resolve("haproxy.log"));
    return haproxy;
  }

  URL url() throws IOException {
    return new URL("http://127.0.0.1:" + port + "/");
  }

  /** Stops HAProxy by its PID and waits for it. */
  @Override
  public void close() throws IOException {
    LoopbackPort.stop(process);
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(dir);
  }
}
