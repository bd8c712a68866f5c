package dev.personaltokens.adapter.out.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixSocketFactoryTest {

  @TempDir Path dir;

  @Test
  void talksBothWaysOverTheSocketFile() throws Exception {
    Path file = dir.resolve("s.sock");
    try (ServerSocketChannel server = listen(file);
        Socket socket = connected(file, 2_000)) {
      try (SocketChannel peer = server.accept()) {
        OutputStream out = socket.getOutputStream();
        out.write("ping".getBytes());
        ByteBuffer received = ByteBuffer.allocate(4);
        while (received.hasRemaining()) {
          peer.read(received);
        }
        peer.write(ByteBuffer.wrap("pong".getBytes()));

        assertThat(new String(received.array())).isEqualTo("ping");
        assertThat(new String(socket.getInputStream().readNBytes(4))).isEqualTo("pong");
      }
    }
  }

  /** What the driver's own Unix socket can't do: a peer that says nothing fails the read. */
  @Test
  void aSilentPeerTimesTheReadOut() throws Exception {
    Path file = dir.resolve("t.sock");
    try (ServerSocketChannel server = listen(file);
        Socket socket = connected(file, 200)) {
      InputStream in = socket.getInputStream();

      long start = System.nanoTime();
      IOException failure = null;
      try {
        in.read(new byte[1], 0, 1);
      } catch (IOException e) {
        failure = e;
      }

      assertThat(failure).isInstanceOf(SocketTimeoutException.class);
      assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(190);
    }
  }

  @Test
  void aMissingSocketFileIsAnIoFailureNamingIt() {
    Path file = dir.resolve("none.sock");
    Socket socket = new UnixSocket(file);

    assertThat(Files.exists(file)).isFalse();
    try {
      socket.connect(null, 1_000);
      throw new AssertionError("connected to nothing");
    } catch (IOException e) {
      assertThat(e).hasMessageContaining(file.toString());
    }
  }

  /** Connected as the driver does it: to a host and port, which the socket ignores. */
  private static Socket connected(Path file, int timeoutMillis) throws IOException {
    Socket socket = new UnixSocket(file);
    socket.setSoTimeout(timeoutMillis);
    socket.connect(new InetSocketAddress("localhost", 3306), 1_000);
    return socket;
  }

  private static ServerSocketChannel listen(Path file) throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(file));
    return server;
  }
}
