package dev.personaltokens.adapter.out.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.personaltokens.application.port.in.session.ProviderSignInException;
import dev.personaltokens.application.port.out.IdentityProvider.AuthorizationRequest;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.sso.ProviderIdentity;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adapter against a real OpenID provider (mock-oauth2-server) on a loopback port: a sign-in,
 * and each check the ID token must pass, failed on purpose.
 */
class NimbusIdentityProviderTest {

  private static final String ISSUER_ID = "ptk";
  private static final String CLIENT = "ptk-console";
  private static final URI REDIRECT = URI.create("http://localhost:8080/api/oidc/callback");
  private static final Map<String, Object> ADA =
      Map.of("email", "ada@example.com", "email_verified", true, "groups", List.of("ptk-admins"));

  private static MockOAuth2Server server;
  private static NimbusIdentityProvider provider;
  private final HttpClient browser =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void startTheProvider() {
    server = new MockOAuth2Server();
    server.start(InetAddress.getLoopbackAddress(), 0);
    provider = new NimbusIdentityProvider(settings(server.issuerUrl(ISSUER_ID).uri()));
  }

  @AfterAll
  static void stopTheProvider() {
    server.shutdown();
  }

  private static NimbusIdentityProvider.Settings settings(URI issuer) {
    return new NimbusIdentityProvider.Settings(issuer, CLIENT, "client-secret", REDIRECT);
  }

  @Test
  void signsInWhomTheProviderSays() throws Exception {
    AuthorizationRequest request = provider.authorization();

    ProviderIdentity identity = provider.identify(code(request, callback("ada", ADA)), request);

    assertThat(identity)
        .isEqualTo(
            new ProviderIdentity("ada", new Email("ada@example.com"), true, Set.of("ptk-admins")));
  }

  @Test
  void theRequestCarriesPkceStateAndNonce() {
    AuthorizationRequest request = provider.authorization();

    assertThat(request.location().toString())
        .startsWith(server.authorizationEndpointUrl(ISSUER_ID).toString())
        .contains("response_type=code", "code_challenge_method=S256", "client_id=" + CLIENT)
        .contains("state=" + request.state(), "nonce=" + request.nonce())
        .contains("scope=openid+email+profile")
        .doesNotContain(request.codeVerifier());
    assertThat(provider.authorization().state()).isNotEqualTo(request.state());
  }

  @Test
  void anEmailTheProviderDoesNotVouchForIsSaidSo() throws Exception {
    AuthorizationRequest request = provider.authorization();

    ProviderIdentity identity =
        provider.identify(
            code(request, callback("bob", Map.of("email", "bob@example.com"))), request);

    assertThat(identity.emailVerified()).isFalse();
    assertThat(identity.groups()).isEmpty();
  }

  @Test
  void refusesATokenForAnotherAudience() {
    AuthorizationRequest request = provider.authorization();
    SignedJWT token = signedByTheProvider(List.of("another-client"), request.nonce(), 3600);

    assertRefused(() -> provider.validated(token, request.nonce()), "oidc.token", "audience");
  }

  @Test
  void refusesAnExpiredToken() {
    AuthorizationRequest request = provider.authorization();
    SignedJWT token = signedByTheProvider(List.of(CLIENT), request.nonce(), -3600);

    assertRefused(() -> provider.validated(token, request.nonce()), "oidc.token", "xpired");
  }

  @Test
  void acceptsWhatTheProviderSignedForThisClient() {
    AuthorizationRequest request = provider.authorization();
    SignedJWT token = signedByTheProvider(List.of(CLIENT), request.nonce(), 3600);

    assertThat(provider.validated(token, request.nonce()).subject()).isEqualTo("ada");
  }

  @Test
  void refusesATokenOfAnotherRequestsNonce() throws Exception {
    AuthorizationRequest first = provider.authorization();
    AuthorizationRequest second = provider.authorization();
    String code = code(first, callback("ada", ADA));
    // The second request's nonce, with the verifier the code was drawn for: only the nonce is
    // wrong.
    AuthorizationRequest replayed =
        new AuthorizationRequest(null, second.state(), second.nonce(), first.codeVerifier());

    assertRefused(() -> provider.identify(code, replayed), "oidc.token", "nonce");
  }

  @Test
  void refusesATokenNotSignedByTheProvidersKey() throws Exception {
    // The provider's key id, so that the key is found and only the signature is wrong.
    AuthorizationRequest request = provider.authorization();
    String kid =
        JWKSet.load(server.jwksUrl(ISSUER_ID).url(), 2000, 2000, 0).getKeys().get(0).getKeyID();
    RSAKey impostor = new RSAKeyGenerator(2048).keyID(kid).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
            new JWTClaimsSet.Builder()
                .issuer(server.issuerUrl(ISSUER_ID).toString())
                .audience(CLIENT)
                .subject("mallory")
                .claim("nonce", request.nonce())
                .claim("email", "ada@example.com")
                .claim("email_verified", true)
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .build());
    forged.sign(new RSASSASigner(impostor));

    assertRefused(() -> provider.validated(forged, request.nonce()), "oidc.token", "signature");
  }

  @Test
  void aProviderThatIsDownIsUnavailableAndAskedAgainLater() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    URI issuer = URI.create("http://127.0.0.1:" + port + "/" + ISSUER_ID);
    NimbusIdentityProvider down = new NimbusIdentityProvider(settings(issuer));

    assertRefused(down::authorization, "oidc.unavailable", "discovery");

    MockOAuth2Server late = new MockOAuth2Server();
    late.start(InetAddress.getLoopbackAddress(), port);
    try {
      assertThat(down.authorization().location().getPort()).isEqualTo(port);
    } finally {
      late.shutdown();
    }
  }

  /**
   * A provider that rotates its signing key: a token signed by a key of a new id is checked against
   * the provider's key set fetched again, not refused for the key set held. Not mock-oauth2-server,
   * whose key id is always its issuer's name: the smallest provider that serves a discovery
   * document and a key set that changes.
   */
  @Test
  void aKeyTheProviderRotatesToIsFetchedWhenItsFirstTokenComes() throws Exception {
    RSAKey before = new RSAKeyGenerator(2048).keyID("before-the-rotation").generate();
    RSAKey after = new RSAKeyGenerator(2048).keyID("after-the-rotation").generate();
    AtomicReference<RSAKey> published = new AtomicReference<>(before);
    HttpServer rotating =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String issuer = "http://127.0.0.1:" + rotating.getAddress().getPort() + "/rotating";
    serve(
        rotating,
        "/rotating/.well-known/openid-configuration",
        () ->
            JSONObjectUtils.toJSONString(
                Map.of(
                    "issuer",
                    issuer,
                    "authorization_endpoint",
                    issuer + "/authorize",
                    "token_endpoint",
                    issuer + "/token",
                    "jwks_uri",
                    issuer + "/jwks",
                    "response_types_supported",
                    List.of("code"),
                    "subject_types_supported",
                    List.of("public"),
                    "id_token_signing_alg_values_supported",
                    List.of("RS256"))));
    serve(rotating, "/rotating/jwks", () -> new JWKSet(published.get().toPublicJWK()).toString());
    rotating.start();
    try {
      NimbusIdentityProvider provider = new NimbusIdentityProvider(settings(URI.create(issuer)));
      AuthorizationRequest first = provider.authorization();
      assertThat(provider.validated(signed(before, issuer, first.nonce()), first.nonce()).subject())
          .isEqualTo("ada");

      published.set(after);
      AuthorizationRequest second = provider.authorization();

      assertThat(
              provider.validated(signed(after, issuer, second.nonce()), second.nonce()).subject())
          .isEqualTo("ada");
      assertRefused(
          () -> provider.validated(signed(before, issuer, second.nonce()), second.nonce()),
          "oidc.token",
          "");
    } finally {
      rotating.stop(0);
    }
  }

  private static void serve(HttpServer server, String path, Supplier<String> json) {
    server.createContext(
        path,
        exchange -> {
          byte[] body = json.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
  }

  private static SignedJWT signed(RSAKey key, String issuer, String nonce) throws Exception {
    SignedJWT token =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(CLIENT)
                .subject("ada")
                .claim("nonce", nonce)
                .claim("email", "ada@example.com")
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .build());
    token.sign(new RSASSASigner(key));
    return token;
  }

  /** A token the provider signed with its own key, as it would issue one but for these claims. */
  private static SignedJWT signedByTheProvider(List<String> audience, String nonce, long expiry) {
    Map<String, Object> claims = new java.util.HashMap<>(ADA);
    claims.put("nonce", nonce);
    return server.issueToken(
        ISSUER_ID,
        CLIENT,
        new DefaultOAuth2TokenCallback(
            ISSUER_ID, "ada", JOSEObjectType.JWT.getType(), audience, claims, expiry));
  }

  private static DefaultOAuth2TokenCallback callback(String subject, Map<String, Object> claims) {
    return new DefaultOAuth2TokenCallback(
        ISSUER_ID, subject, JOSEObjectType.JWT.getType(), List.of(CLIENT), claims, 3600);
  }

  /** The code the provider sends back for {@code request}, issuing its token by {@code how}. */
  private String code(AuthorizationRequest request, DefaultOAuth2TokenCallback how)
      throws Exception {
    server.enqueueCallback(how);
    String location =
        browser
            .send(HttpRequest.newBuilder(request.location()).build(), BodyHandlers.discarding())
            .headers()
            .firstValue("Location")
            .orElseThrow();
    assertThat(location).startsWith(REDIRECT.toString()).contains("state=" + request.state());
    return location.replaceAll(".*[?&]code=([^&]+).*", "$1");
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, String why) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ProviderSignInException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(why);
  }
}
