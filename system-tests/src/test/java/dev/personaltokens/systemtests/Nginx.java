package dev.personaltokens.systemtests;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Debian's nginx running the README's example, {@code examples/nginx/protect-your-api.conf}, as it
 * is in the repository: only its three addresses are pointed at the test's loopback ports.
 */
final class Nginx {

  static final Path EXAMPLE = Path.of("..", "examples", "nginx", "protect-your-api.conf");

  private Nginx() {}

  /**
   * nginx in front of {@code upstreamPort}, asking the server at {@code ptk} (whose WAR may be
   * deployed under a context path rather than at the root).
   */
  static GuardingProxy start(URL ptk, int upstreamPort) throws IOException {
    Path binary = DebianPackage.binary("nginx", "/usr/sbin/nginx", "/usr/bin/nginx");
    int port = LoopbackPort.free();
    Path prefix = TempDirs.deletedAtExit("ptk-nginx");
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
    return GuardingProxy.start(
        "nginx",
        new ProcessBuilder(
            binary.toString(),
            "-p",
            prefix.toString(),
            "-c",
            prefix.resolve("nginx.conf").toString(),
            "-g",
            "daemon off;"),
        port,
        prefix.resolve("nginx.log"));
  }
}
