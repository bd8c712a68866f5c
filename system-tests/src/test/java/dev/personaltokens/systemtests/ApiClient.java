package dev.personaltokens.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Speaks HTTP to the deployed server as any client would; every answer from the API is checked
 * against the OpenAPI document.
 */
final class ApiClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;

  ApiClient(URL deployment) {
    this.base = URI.create(deployment.toString().replaceAll("/?$", "/"));
  }

  /** {@code api/...} is under the application; {@code /health} is at the server's root. */
  URI uri(String path) {
    return base.resolve(path);
  }

  Answer get(String path, String token) {
    return send(request(path, token).GET());
  }

  Answer delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  Answer postJson(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json)));
  }

  Answer put(String path, String token, String json) {
    return send(
        request(path, token)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json)));
  }

  Answer signIn(String email, String password) {
    return send(signInRequest(email, password));
  }

  /** A password sign-in, for a test to add headers to (the client's address behind a proxy). */
  HttpRequest.Builder signInRequest(String email, String password) {
    NoSecretInTheSecurityLog.password(password);
    String basic =
        Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    return request("api/tokens", null)
        .header("Authorization", "Basic " + basic)
        .POST(BodyPublishers.noBody());
  }

  /** A session token for this account, through the API. */
  String sessionOf(String email, String password) {
    Answer answer = signIn(email, password);
    if (answer.status() != 201) {
      throw new IllegalStateException("sign-in failed: " + answer);
    }
    return answer.json().getString("token");
  }

  /** The JSON at {@code path} once {@code ready} holds ({@link Eventually}). */
  JsonObject eventually(String path, String token, Predicate<JsonObject> ready) {
    return Eventually.until(() -> get(path, token).json(), ready);
  }

  /** The text at {@code path} (no token) once {@code ready} holds. */
  String eventually(String path, Predicate<String> ready) {
    return Eventually.until(() -> get(path, null).body(), ready);
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
      NoSecretInTheSecurityLog.harvest(response.body());
      OpenApiDocument.check("/" + base.relativize(response.uri()).getPath(), response);
      return new Answer(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path, String token) {
    // A server that hangs fails the test rather than the build's time limit.
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(1));
    return token == null ? builder : builder.header("Authorization", "Token " + token);
  }

  /** An HTTP answer with its body parsed on demand. */
  record Answer(HttpResponse<String> response) {

    int status() {
      return response.statusCode();
    }

    String body() {
      return response.body();
    }

    Optional<String> header(String name) {
      return response.headers().firstValue(name);
    }

    List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    }

    /** The stable code of the first error in the body. */
    String errorCode() {
      return json().getJsonArray("errors").getJsonObject(0).getString("code");
    }

    @Override
    public String toString() {
      return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
    }
  }
}
