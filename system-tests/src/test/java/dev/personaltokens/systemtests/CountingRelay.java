package dev.personaltokens.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback in front of a port, passing bytes both ways untouched, that counts the
 * connections opened through it: how a test sees whether a proxy keeps its connections to the
 * server.
 */
final class CountingRelay implements AutoCloseable {

  private final ServerSocket listening;
  private final int target;
  private final AtomicInteger opened = new AtomicInteger();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private CountingRelay(ServerSocket listening, int target) {
    this.listening = listening;
    this.target = target;
  }

  /** A relay to {@code port} on loopback, accepting from now on. */
  static CountingRelay to(int port) {
    try {
      ServerSocket listening = new ServerSocket();
      listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      CountingRelay relay = new CountingRelay(listening, port);
      daemon(relay::accept);
      return relay;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code url} with the relay's port in place of its own. */
  URL in(URL url) {
    try {
      return new URL(url.getProtocol(), url.getHost(), listening.getLocalPort(), url.getFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many connections were opened through the relay so far. */
  int opened() {
    return opened.get();
  }

  private void accept() {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
        opened.incrementAndGet();
        sockets.add(client);
        sockets.add(server);
        daemon(() -> pipe(client, server));
        daemon(() -> pipe(server, client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /** Copies until either side ends, then ends both. */
  private static void pipe(Socket from, Socket to) {
    try (from;
        to) {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      in.transferTo(out);
    } catch (IOException ended) {
      // One side closed: the other goes with it, as a connection would.
    }
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "counting-relay");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    try {
      listening.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Socket socket : sockets) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing what is already closed.
      }
    }
  }
}
