package dev.personaltokens.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Loopback ports: a free one for a process a test starts, and waiting until it listens. */
final class LoopbackPort {

  /**
   * Where the run's ports come from: outside the kernel's ephemeral range, which it draws from for
   * every outgoing connection and every {@code bind} to port 0 of every process. A port taken there
   * ({@code new ServerSocket(0)}) is free again once closed, and stays free until the process it is
   * meant for binds it - seconds later for a server, minutes for a Galera node's IST receiver,
   * which listens only while a state transfer runs - and meanwhile another process may be given the
   * same port: the run's other choices, the data grid's, Chromium's, any client's. Ports outside
   * that range the kernel gives to no one unasked, and the run gives each one once (chromedriver's
   * too: Selenium's own pick is a random port below the range, see Browser).
   */
  private static final Range RANGE = Range.outsideEphemeral();

  private static final AtomicInteger NEXT = new AtomicInteger(new Random().nextInt(RANGE.size()));

  private LoopbackPort() {}

  /** A port nothing listens on, given to no other caller of this run. */
  static int free() throws IOException {
    for (int tried = 0; tried < RANGE.size(); tried++) {
      int port = RANGE.first() + Math.floorMod(NEXT.getAndIncrement(), RANGE.size());
      if (isFree(port)) {
        return port;
      }
    }
    throw new IOException("no free port in " + RANGE);
  }

  private static boolean isFree(int port) {
    // The wildcard address: a listener on any address of this machine takes the port.
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  /** Ports {@code first} to {@code first + size - 1}. */
  record Range(int first, int size) {

    private static final Path EPHEMERAL = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    /**
     * Up to 10,000 ports below the ephemeral range (Linux's default: 32768 to 60999), or above it
     * if it starts too low to leave room.
     */
    static Range outsideEphemeral() {
      int[] ephemeral = {32768, 60999};
      try {
        String[] bounds = Files.readString(EPHEMERAL).trim().split("\\s+");
        ephemeral = new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
      } catch (IOException | RuntimeException notLinux) {
        // Linux's default, then.
      }
      int first = Math.max(1024, ephemeral[0] - 10_000);
      return ephemeral[0] - first >= 1000
          ? new Range(first, ephemeral[0] - first)
          : new Range(ephemeral[1] + 1, Math.min(10_000, 65535 - ephemeral[1]));
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
