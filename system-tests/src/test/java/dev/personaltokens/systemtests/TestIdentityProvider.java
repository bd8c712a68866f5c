package dev.personaltokens.systemtests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID provider on a loopback port (mock-oauth2-server, with its login page: a person
 * types a subject and the claims of the ID token), for the server of {@link SharedServer.Oidc}. It
 * can be stopped and started again on the same port, to be a provider that is down for a while; the
 * classes that do so, or that queue what it answers, hold {@link #LOCK}.
 */
final class TestIdentityProvider implements AutoCloseable {

  /** The resource lock of the classes that stop the provider or depend on its queue. */
  static final String LOCK = "the tests' identity provider";

  static final String ISSUER_ID = "ptk-it";
  static final String CLIENT_ID = "ptk-console";
  static final String CLIENT_SECRET = "it-client-secret";
  static final String NAME = "Test IdP";
  static final String ADMIN_GROUP = "ptk-admins";

  private final int port;
  private MockOAuth2Server server;

  private TestIdentityProvider(int port) {
    this.port = port;
  }

  static TestIdentityProvider start() throws IOException {
    TestIdentityProvider provider = new TestIdentityProvider(LoopbackPort.free());
    provider.resume();
    return provider;
  }

  URI issuer() {
    return URI.create("http://127.0.0.1:" + port + "/" + ISSUER_ID);
  }

  /** Down: nothing listens on its port until {@link #resume}. */
  synchronized void stop() {
    server.shutdown();
    server = null;
  }

  /** Up again on the same port (with the same keys: mock-oauth2-server ships them). */
  synchronized void resume() {
    server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
    server.start(InetAddress.getLoopbackAddress(), port);
  }

  /**
   * The login form's body for a person of this {@code subject} and these claims of the ID token (a
   * JSON object), as a browser posts it.
   */
  static String loginForm(String subject, String claimsJson) {
    return "username="
        + URLEncoder.encode(subject, StandardCharsets.UTF_8)
        + "&claims="
        + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
  }

  /** The claims of a person the provider vouches for, in {@code groups}. */
  static String claims(String email, boolean verified, String... groups) {
    StringBuilder json =
        new StringBuilder("{\"email\":\"" + email + "\",\"email_verified\":" + verified);
    json.append(",\"groups\":[");
    for (int i = 0; i < groups.length; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(groups[i]).append('"');
    }
    return json.append("]}").toString();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.shutdown();
    }
  }
}
