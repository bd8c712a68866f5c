package dev.personaltokens.adapter.out.persistence.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * A connection to a Unix domain socket, shaped as the {@link Socket} the MariaDB driver expects,
 * whose reads and writes honour the socket timeout. The driver's own Unix socket (on JNA) ignores
 * it, so a paused database would hang a request forever; here it fails after the timeout instead.
 * The JDK's channel is non-blocking and every wait goes through a selector with the timeout.
 */
final class UnixSocket extends Socket {

  private final Path path;
  private SocketChannel channel;
  private Selector selector;
  private SelectionKey key;
  private volatile int timeoutMillis;

  UnixSocket(Path path) {
    this.path = path;
  }

  /** Wherever the driver thinks it connects (host and port), it is the socket file. */
  @Override
  public void connect(SocketAddress ignored, int connectTimeoutMillis) throws IOException {
    channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    try {
      channel.connect(UnixDomainSocketAddress.of(path));
      channel.configureBlocking(false);
      selector = Selector.open();
      key = channel.register(selector, SelectionKey.OP_READ);
    } catch (IOException e) {
      close();
      throw new IOException("can't connect to " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void connect(SocketAddress ignored) throws IOException {
    connect(ignored, 0);
  }

  @Override
  public InputStream getInputStream() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        int read;
        while ((read = channel.read(buffer)) == 0) {
          await(SelectionKey.OP_READ);
        }
        return read;
      }
    };
  }

  @Override
  public OutputStream getOutputStream() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) {
          if (channel.write(buffer) == 0) {
            await(SelectionKey.OP_WRITE);
          }
        }
      }
    };
  }

  private void await(int operation) throws IOException {
    key.interestOps(operation);
    int ready = selector.select(timeoutMillis);
    selector.selectedKeys().clear();
    if (ready == 0) {
      throw new SocketTimeoutException(
          "the database did not answer within " + timeoutMillis + " ms on " + path);
    }
  }

  @Override
  public void setSoTimeout(int timeout) {
    this.timeoutMillis = timeout;
  }

  @Override
  public int getSoTimeout() {
    return timeoutMillis;
  }

  @Override
  public boolean isConnected() {
    return channel != null && channel.isConnected();
  }

  @Override
  public boolean isClosed() {
    return channel != null && !channel.isOpen();
  }

  @Override
  public synchronized void close() throws IOException {
    if (selector != null) {
      selector.close();
    }
    if (channel != null) {
      channel.close();
    }
  }

  // TCP options mean nothing on a Unix socket; the driver sets them on every connection.
  @Override
  public void setTcpNoDelay(boolean on) {}

  @Override
  public void setKeepAlive(boolean on) {}

  @Override
  public void setSoLinger(boolean on, int linger) {}

  @Override
  public void setReceiveBufferSize(int size) {}

  @Override
  public void setSendBufferSize(int size) {}

  @Override
  public void shutdownInput() {}

  @Override
  public void shutdownOutput() {}
}
