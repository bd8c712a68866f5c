package dev.personaltokens.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Loopback ports: a free one for a process a test starts, and waiting until it listens. */
final class LoopbackPort {

  private LoopbackPort() {}

  static int free() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Waits until {@code process} - a server with no readiness signal but its listening socket -
   * accepts connections on {@code port}; fails with its {@code log} if it stops first.
   */
  static void awaitListening(Process process, int port, Path log) throws IOException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            process.info().command().orElse("the process") + " stopped: " + Files.readString(log));
      }
      try (Socket connected = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException("nothing listens on " + port + ": " + Files.readString(log));
  }

  /** Stops such a process by its PID (TERM, then KILL after 10 s) and waits for it. */
  static void stop(Process process) {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
