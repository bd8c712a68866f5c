package dev.personaltokens.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.HashMap;
import java.util.Map;

/**
 * A browser as far as signing in through the identity provider goes, over plain HTTP: it follows no
 * redirect on its own, so that a test sees each one, and keeps the cookies the server sets.
 */
final class ProviderBrowser {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new HashMap<>();
  private final URI server;

  ProviderBrowser(URI server) {
    this.server = server;
  }

  /** Starts a sign-in: where the server sent the browser (the provider's login page). */
  URI login() {
    HttpResponse<String> answer = get(server.resolve("api/oidc/login"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
    return location(answer);
  }

  /**
   * Signs in at the provider's login page {@code at} as {@code subject} with these claims: where
   * the provider sends the browser back (the server's callback, with the code and the state).
   */
  URI signInAtTheProvider(URI at, String subject, String claimsJson) {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(at)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    BodyPublishers.ofString(TestIdentityProvider.loginForm(subject, claimsJson))));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
    return location(answer);
  }

  /** Follows the provider's redirect back to the server: the server's answer. */
  HttpResponse<String> back(URI callback) {
    return get(callback);
  }

  /** The whole way: the server's last answer, a redirect to the console. */
  HttpResponse<String> signIn(String subject, String claimsJson) {
    return back(signInAtTheProvider(login(), subject, claimsJson));
  }

  /** The session cookie, as {@code name=value}, once signed in. */
  String session() {
    return "ptk_session=" + cookies.get("ptk_session");
  }

  /** A cookie this browser keeps, e.g. the state of a sign-in it began. */
  String cookie(String name) {
    return cookies.get(name);
  }

  void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty() && request.build().uri().getPort() == server.getPort()) {
      request.header(
          "Cookie",
          String.join(
              "; ",
              cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    try {
      HttpResponse<String> answer = http.send(request.build(), BodyHandlers.ofString());
      if (answer.uri().getPort() == server.getPort()) {
        for (String set : answer.headers().allValues("Set-Cookie")) {
          String[] nameValue = set.split(";", 2)[0].split("=", 2);
          if (set.contains("Max-Age=0")) {
            cookies.remove(nameValue[0]);
          } else {
            cookies.put(nameValue[0], nameValue[1]);
          }
        }
      }
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static URI location(HttpResponse<String> answer) {
    return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
  }
}
