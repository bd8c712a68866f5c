package dev.personaltokens.adapter.in.cli.user;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the server's API on a loopback port: canned answers by method and path (query
 * included), given in turn where a test says so, and a record of what was asked, Authorization and
 * X-Ptk-Otp headers and all.
 */
final class FakeApi implements AutoCloseable {

  /** One canned answer. */
  record Answer(int status, String contentType, String body, Map<String, String> headers) {}

  /** One request received; {@code otp}: its X-Ptk-Otp header, the code of a second factor. */
  record Request(
      String method, String path, String authorization, String body, String accept, String otp) {}

  static final String SIGN_IN_METHODS = "/api/session/methods";

  private final HttpServer server;

  /** By method and path, the answers still to give: the first next, the last one ever after. */
  private final Map<String, List<Answer>> answers = new LinkedHashMap<>();

  private final List<Request> requests = new ArrayList<>();
  private Map<String, String> everyAnswerHeaders = Map.of();

  FakeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  FakeApi answer(String method, String path, int status, String json) {
    return answer(method, path, new Answer(status, "application/json", json, Map.of()));
  }

  FakeApi answer(String method, String path, Answer answer) {
    return answerInTurn(method, path, answer);
  }

  /** The first request gets the first answer, the next the next, the last ones the last. */
  synchronized FakeApi answerInTurn(String method, String path, Answer... inTurn) {
    answers.put(method + " " + path, new ArrayList<>(List.of(inTurn)));
    return this;
  }

  static Answer json(int status, String json) {
    return new Answer(status, "application/json", json, Map.of());
  }

  /** Headers every answer carries, e.g. Personal-Token-Expiration. */
  FakeApi withHeaders(Map<String, String> headers) {
    everyAnswerHeaders = headers;
    return this;
  }

  /**
   * What was asked, but for {@code ptk login}'s look at how the server signs people in ({@code GET
   * /api/session/methods}, answered 404 here unless a test says otherwise: a server that signs in
   * with passwords): the tests of a sign-in are about what comes after it.
   */
  synchronized List<Request> requests() {
    return requests.stream().filter(request -> !request.path().equals(SIGN_IN_METHODS)).toList();
  }

  static String error(int status, String code, String detail) {
    return "{\"errors\":[{\"status\":\""
        + status
        + "\",\"code\":\""
        + code
        + "\",\"title\":\"x\",\"detail\":\""
        + detail
        + "\"}]}";
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().toString();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    synchronized (this) {
      requests.add(
          new Request(
              exchange.getRequestMethod(),
              path,
              exchange.getRequestHeaders().getFirst("Authorization"),
              body,
              exchange.getRequestHeaders().getFirst("Accept"),
              exchange.getRequestHeaders().getFirst("X-Ptk-Otp")));
    }
    Answer answer = next(exchange.getRequestMethod() + " " + path);
    everyAnswerHeaders.forEach(exchange.getResponseHeaders()::add);
    answer.headers().forEach(exchange.getResponseHeaders()::add);
    exchange.getResponseHeaders().add("Content-Type", answer.contentType());
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private synchronized Answer next(String call) {
    List<Answer> inTurn = answers.get(call);
    if (inTurn == null) {
      return new Answer(404, "application/json", error(404, "not_found", "nothing here"), Map.of());
    }
    return inTurn.size() > 1 ? inTurn.remove(0) : inTurn.get(0);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
