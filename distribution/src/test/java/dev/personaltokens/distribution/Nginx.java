package dev.personaltokens.distribution;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx running the README's example, {@code examples/nginx/protect-your-api.conf}, as it
 * is in the repository: only its three addresses are pointed at the test's loopback ports. Where
 * nginx is not installed the tests are skipped and say so; under CI they fail instead, since
 * .ci/run installs it.
 */
final class Nginx implements AutoCloseable {

  static final Path EXAMPLE = Path.of("..", "examples", "nginx", "protect-your-api.conf");
  private static final Path[] BINARIES = {Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx")};

  private final Process process;
  private final int port;
  private final Path prefix;

  private Nginx(Process process, int port, Path prefix) {
    this.process = process;
    this.port = port;
    this.prefix = prefix;
  }

  /**
   * nginx in front of {@code upstreamPort}, asking the server at {@code ptk} (whose WAR may be
   * deployed under a context path rather than at the root).
   */
  static Nginx start(URL ptk, int upstreamPort) throws IOException {
    Path binary = binary();
    int port = LoopbackPort.free();
    Path prefix = Files.createTempDirectory("ptk-nginx");
    String example =
        Files.readString(EXAMPLE)
            .replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + ptk.getPort() + ";")
            .replace("/api/auth/verify", ptk.getPath().replaceAll("/$", "") + "/api/auth/verify")
            .replace("server 127.0.0.1:9000;", "server 127.0.0.1:" + upstreamPort + ";")
            .replace("listen 127.0.0.1:8000;", "listen 127.0.0.1:" + port + ";");
    Files.writeString(prefix.resolve("protect-your-api.conf"), example);
    // The main configuration a distribution's nginx.conf would have, all inside the prefix.
    Files.writeString(
        prefix.resolve("nginx.conf"),
        String.join(
            "\n",
            "worker_processes 1;",
            "pid " + prefix.resolve("nginx.pid") + ";",
            "error_log stderr warn;",
            "events { worker_connections 128; }",
            "http {",
            "  access_log off;",
            "  client_body_temp_path " + prefix.resolve("body") + ";",
            "  proxy_temp_path " + prefix.resolve("proxy") + ";",
            "  include " + prefix.resolve("protect-your-api.conf") + ";",
            "}",
            ""));
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "-p",
                prefix.toString(),
                "-c",
                prefix.resolve("nginx.conf").toString(),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(prefix.resolve("nginx.log").toFile())
            .start();
    Nginx nginx = new Nginx(process, port, prefix);
    LoopbackPort.awaitListening(process, port, prefix.resolve("nginx.log"));
    return nginx;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static Path binary() {
    for (Path candidate : BINARIES) {
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    if (System.getenv("CI") != null) {
      throw new IllegalStateException("CI must run the nginx tests: install nginx");
    }
    Assumptions.abort("nginx is not installed (apt-get install nginx): skipped");
    throw new AssertionError("unreachable");
  }

  /** Stops nginx by its PID (a fast shutdown, TERM) and waits for it. */
  @Override
  public void close() {
    LoopbackPort.stop(process);
  }
}
