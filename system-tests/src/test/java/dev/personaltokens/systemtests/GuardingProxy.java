package dev.personaltokens.systemtests;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A real reverse proxy running one of the README's examples in front of a test's upstream ({@link
 * Nginx}, {@link Caddy}), on a loopback port of its own.
 */
final class GuardingProxy implements AutoCloseable {

  private final String name;
  private final Process process;
  private final int port;

  private GuardingProxy(String name, Process process, int port) {
    this.name = name;
    this.process = process;
    this.port = port;
  }

  /** Starts {@code command}, logging to {@code log}, and waits until it listens on {@code port}. */
  static GuardingProxy start(String name, ProcessBuilder command, int port, Path log)
      throws IOException {
    Process process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    GuardingProxy proxy = new GuardingProxy(name, process, port);
    LoopbackPort.awaitListening(process, port, log);
    return proxy;
  }

  /** Its name, for the assertions' messages. */
  String name() {
    return name;
  }

  /** The address a client calls {@code path} on. */
  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Stops it by its PID (TERM, a fast shutdown) and waits for it. */
  @Override
  public void close() {
    LoopbackPort.stop(process);
  }
}
