package dev.personaltokens.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Requests an attacker would send, generated from a seed: odd methods, broken paths (bad
 * percent-encoding, NUL, dot-dot, over-long), broken or missing headers, broken bodies - sent as
 * raw bytes over a socket, since an HTTP client library refuses to send most of them. No request
 * carries a valid credential, so none may be accepted.
 */
final class HostileCorpus {

  static final String[] METHODS = {
    "GET",
    "POST",
    "PUT",
    "PATCH",
    "DELETE",
    "HEAD",
    "OPTIONS",
    "TRACE",
    "PROPFIND",
    "MKCOL",
    "FOO",
    "get"
  };

  static final String[] BASES = {
    "/api/user/me",
    "/api/iam/personal_tokens",
    "/api/iam/personal_tokens/" + UUID.randomUUID(),
    "/api/iam/personal_tokens/self",
    "/api/iam/personal_tokens/self/rotate",
    "/api/iam/personal_tokens/revoke_all",
    "/api/tokens",
    "/api/auth/verify",
    "/api/audit_events",
    "/api/credentials/revoke",
    "/api/introspect",
    "/api/no/such/thing",
    "/api"
  };

  static final String[] PATH_TAILS = {
    "",
    "/",
    "/x%ZZ",
    "/orders%",
    "/a%zz",
    "%",
    "/%2",
    "/%00",
    "/a\\b",
    "/%5C",
    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/..",
    "/.",
    "/..;x=1/",
    "/%2e%2e/WEB-INF/web.xml",
    "/../WEB-INF/web.xml",
    "/%2F%2F",
    "/%C0%AE%C0%AE/",
    "/%FF%FE",
    "/%25",
    ";jsessionid=0",
    "//x",
    "?page=-1&page_size=0",
    "?page=abc&page_size=1000000",
    "?search=%ZZ",
    "?search=%00",
    "?" + "q=".repeat(500),
    "/" + "a".repeat(4000),
    "/" + "a".repeat(9000),
    "?q=" + "a".repeat(70_000),
    "/\u00e9t\u00e9"
  };

  static final String[][] HEADERS = {
    {},
    {"Content-Type:"},
    {"Content-Type: application/json"},
    {"Content-Type: text/html"},
    {"Content-Type: ;;;=="},
    {"Content-Type: application/json; charset=nope"},
    {"Authorization: Token ptk_nope"},
    {"Authorization: Token "},
    {"Authorization: Basic %%%"},
    {"Authorization: Bearer " + "x".repeat(5000)},
    {"Authorization: Basic"},
    {"Accept: text/html"},
    {"Accept: ;;;"},
    {"X-Forwarded-For: <script>", "X-Requested-With: x"},
    {"Cookie: ptk_session=nope", "X-Requested-With: XMLHttpRequest"},
    {"Content-Length: 5"},
    {"X-Long: " + "h".repeat(20_000)},
    {"X-Longer: " + "h".repeat(70_000)},
    manyHeaders(150),
    manyHeaders(250),
    {"Content-Length: 3", "Content-Length: 4"},
    {"Transfer-Encoding: chunked", "Content-Length: 3"},
    {"Transfer-Encoding: chunked"},
    {"Expect: 100-continue"}
  };

  static final String[] BODIES = {
    "",
    "{",
    "[]",
    "null",
    "{\"name\":1,\"expires_at\":[]}",
    "{\"credentials\":\"x\"}",
    "{\"credentials\":[" + "\"ptk_x\",".repeat(1200) + "\"ptk_x\"]}",
    "[".repeat(3000) + "]".repeat(3000),
    "\u0000\u0001\u0002",
    "a".repeat(20_000),
    "{\"confirm\":\"delete\"}"
  };

  private HostileCorpus() {}

  private static String[] manyHeaders(int count) {
    String[] headers = new String[count];
    for (int i = 0; i < count; i++) {
      headers[i] = "X-Header-" + i + ": " + i;
    }
    return headers;
  }

  /**
   * {@code count} requests drawn from the lists above with {@code seed}, for the application at
   * {@code context} ("" at the root).
   */
  static List<byte[]> generate(long seed, int count, String host, String context) {
    Random random = new Random(seed);
    List<byte[]> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String method = pick(random, METHODS);
      String path = context + pick(random, BASES) + pick(random, PATH_TAILS);
      String[] headers = HEADERS[random.nextInt(HEADERS.length)];
      String body = pick(random, BODIES);
      requests.add(request(method, path, headers, body, host));
    }
    return requests;
  }

  static byte[] request(String method, String path, String[] headers, String body, String host) {
    StringBuilder text = new StringBuilder();
    text.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    text.append("Host: ").append(host).append("\r\n");
    text.append("Connection: close\r\n");
    boolean hasLength = false;
    for (String header : headers) {
      text.append(header).append("\r\n");
      String name = header.toLowerCase(Locale.ROOT);
      hasLength |= name.startsWith("content-length") || name.startsWith("transfer-encoding");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (!hasLength && bytes.length > 0) {
      text.append("Content-Length: ").append(bytes.length).append("\r\n");
    }
    text.append("\r\n").append(body);
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Sends one request and reads the whole answer (the server closes after it). */
  static Reply send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException refusedEarly) {
        // the server may answer and close before the whole body is sent; read what it said
      }
      return Reply.parse(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (IOException reset) {
      // a reset after the answer: keep what arrived
    }
    return all.toByteArray();
  }

  /**
   * Whether the request stops before the body its head announces (a Content-Length larger than what
   * follows, chunks that never end): the client closes its side still owing bytes, and the server,
   * still waiting for them, has no request to answer.
   */
  static boolean incomplete(byte[] request) {
    String text = new String(request, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String head = text.substring(0, end).toLowerCase(Locale.ROOT);
    int body = request.length - end - 4;
    if (head.contains("\r\ntransfer-encoding: chunked")) {
      return !text.endsWith("0\r\n\r\n");
    }
    for (String line : head.split("\r\n")) {
      if (line.startsWith("content-length:")) {
        String value = line.substring("content-length:".length()).strip();
        if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) > body) {
          return true;
        }
      }
    }
    return false;
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A parsed HTTP answer; status 0 when the server closed without answering. */
  record Reply(int status, String headers, String body) {

    static Reply parse(byte[] raw) {
      String text = new String(raw, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (!text.startsWith("HTTP/1.") || end < 0) {
        return new Reply(0, "", text);
      }
      String head = text.substring(0, end);
      if (head.startsWith("HTTP/1.1 1")) { // 100 Continue: the answer follows
        return parse(text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1));
      }
      String body = text.substring(end + 4);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = dechunk(body);
      }
      int status = Integer.parseInt(head.substring(9, 12));
      return new Reply(
          status,
          head,
          new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String dechunk(String chunked) {
      StringBuilder body = new StringBuilder();
      int at = 0;
      while (at < chunked.length()) {
        int lineEnd = chunked.indexOf("\r\n", at);
        if (lineEnd < 0) {
          break;
        }
        int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
        if (size == 0) {
          break;
        }
        body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
        at = lineEnd + 2 + size + 2;
      }
      return body.toString();
    }

    String contentType() {
      for (String line : headers.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
          return line.substring("content-type:".length()).trim();
        }
      }
      return "";
    }

    /** The body's error code, or null if it is not the API's JSON error body. */
    String errorCode() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        JsonObject object = reader.readObject();
        return object.getJsonArray("errors").getJsonObject(0).getString("code");
      } catch (RuntimeException notTheErrorBody) {
        return null;
      }
    }
  }
}
