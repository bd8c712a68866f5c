package dev.personaltokens.distribution;

import java.io.IOException;
import java.net.ServerSocket;

/** A loopback port nothing listens on, for a process a test starts or expects to be down. */
final class LoopbackPort {

  private LoopbackPort() {}

  static int free() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
