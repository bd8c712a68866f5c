package dev.personaltokens.systemtests;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's Caddy running the README's example, {@code examples/caddy/Caddyfile}, as it is in the
 * repository: only its three addresses are pointed at the test's loopback ports.
 */
final class Caddy {

  static final Path EXAMPLE = Path.of("..", "examples", "caddy", "Caddyfile");

  private Caddy() {}

  /**
   * Caddy in front of {@code upstreamPort}, asking the server at {@code ptk} (whose WAR may be
   * deployed under a context path rather than at the root).
   */
  static GuardingProxy start(URL ptk, int upstreamPort) throws IOException {
    Path binary = DebianPackage.binary("caddy", "/usr/bin/caddy");
    int port = LoopbackPort.free();
    Path dir = TempDirs.deletedAtExit("ptk-caddy");
    Files.writeString(
        dir.resolve("Caddyfile"),
        Files.readString(EXAMPLE)
            .replace("forward_auth 127.0.0.1:8080", "forward_auth 127.0.0.1:" + ptk.getPort())
            .replace("/api/auth/verify", ptk.getPath().replaceAll("/$", "") + "/api/auth/verify")
            .replace("reverse_proxy 127.0.0.1:9000", "reverse_proxy 127.0.0.1:" + upstreamPort)
            .replace("http://127.0.0.1:8000", "http://127.0.0.1:" + port));
    ProcessBuilder command =
        new ProcessBuilder(
            binary.toString(),
            "run",
            "--config",
            dir.resolve("Caddyfile").toString(),
            "--adapter",
            "caddyfile");
    // Whatever Caddy keeps (it keeps nothing here: no admin endpoint, no certificates) stays
    // inside.
    command.environment().put("HOME", dir.toString());
    command.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
    command.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    return GuardingProxy.start("caddy", command, port, dir.resolve("caddy.log"));
  }
}
