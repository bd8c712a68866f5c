package dev.personaltokens.systemtests;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a team's own API behind the proxy: it answers every request with what it received
 * (method, path, headers), so a test sees what the proxy passed on.
 */
final class EchoUpstream implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger received;

  private EchoUpstream(HttpServer server, AtomicInteger received) {
    this.server = server;
    this.received = received;
  }

  static EchoUpstream start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      AtomicInteger received = new AtomicInteger();
      server.createContext(
          "/",
          exchange -> {
            received.incrementAndGet();
            JsonObjectBuilder headers = Json.createObjectBuilder();
            exchange
                .getRequestHeaders()
                .forEach(
                    (name, values) ->
                        headers.add(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            byte[] body =
                Json.createObjectBuilder()
                    .add("method", exchange.getRequestMethod())
                    .add("path", exchange.getRequestURI().toString())
                    .add("headers", headers)
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      return new EchoUpstream(server, received);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many requests reached it so far. */
  int received() {
    return received.get();
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
