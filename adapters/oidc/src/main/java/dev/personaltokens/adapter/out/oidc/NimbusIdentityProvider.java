package dev.personaltokens.adapter.out.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.personaltokens.application.port.in.session.ProviderSignInException;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.sso.ProviderIdentity;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The identity provider on Nimbus oauth2-oidc-sdk, which does every check of the protocol: the
 * discovery document (its issuer must be the configured one), the authorization request (code flow,
 * PKCE S256, state, nonce), the code's exchange authenticated with the client's secret, and the ID
 * token's signature by the provider's published keys (fetched again when a token names a key not
 * seen yet: keys rotate), issuer, audience, expiry and nonce. The discovery document is read at the
 * first sign-in and kept; a provider that is down then is asked again at the next.
 */
public final class NimbusIdentityProvider implements IdentityProvider {

  /** How long the provider may take to connect and to answer: a sign-in waits on it. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Settings settings;
  private volatile Discovered discovered;

  /**
   * What the operator configured.
   *
   * @param issuer PTK_OIDC_ISSUER, e.g. {@code https://keycloak.example.com/realms/acme}
   * @param redirectUri where the provider sends the browser back: PTK_PUBLIC_URL's {@code
   *     api/oidc/callback}, registered at the provider
   */
  public record Settings(URI issuer, String clientId, String clientSecret, URI redirectUri) {

    @Override
    public String toString() {
      return "Settings[" + issuer + ", " + clientId + "]"; // never the secret
    }
  }

  /** The provider's metadata, and the validator of its ID tokens on its keys. */
  private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  public NimbusIdentityProvider(Settings settings) {
    this.settings = settings;
  }

  @Override
  public AuthorizationRequest authorization() {
    OIDCProviderMetadata metadata = discovered().metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    URI location =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "email", "profile"),
                new ClientID(settings.clientId()),
                settings.redirectUri())
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    return new AuthorizationRequest(
        location, state.getValue(), nonce.getValue(), verifier.getValue());
  }

  @Override
  public ProviderIdentity identify(String code, AuthorizationRequest request) {
    Discovered provider = discovered();
    TokenRequest exchange =
        new TokenRequest(
            provider.metadata().getTokenEndpointURI(),
            clientAuthentication(provider.metadata()),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                settings.redirectUri(),
                new CodeVerifier(request.codeVerifier())));
    TokenResponse response;
    try {
      response = OIDCTokenResponseParser.parse(bounded(exchange.toHTTPRequest()).send());
    } catch (IOException e) {
      throw ProviderSignInException.unavailable("its token endpoint: " + e.getMessage());
    } catch (ParseException e) {
      throw ProviderSignInException.code("the token endpoint's answer: " + e.getMessage());
    }
    if (!response.indicatesSuccess()) {
      TokenErrorResponse error = response.toErrorResponse();
      throw ProviderSignInException.code(
          error.getErrorObject() == null ? "no reason given" : error.getErrorObject().getCode());
    }
    if (!(response instanceof OIDCTokenResponse tokens)
        || tokens.getOIDCTokens().getIDToken() == null) {
      throw ProviderSignInException.token("the provider sent no ID token");
    }
    return validated(tokens.getOIDCTokens().getIDToken(), request.nonce());
  }

  /** Who {@code idToken} names, once it passed every check for the request of {@code nonce}. */
  ProviderIdentity validated(JWT idToken, String nonce) {
    try {
      return identity(discovered().validator().validate(idToken, new Nonce(nonce)));
    } catch (BadJOSEException | JOSEException e) {
      throw ProviderSignInException.token(e.getMessage());
    }
  }

  /** The person the checked claims name: {@code sub}, {@code email}, and their groups. */
  static ProviderIdentity identity(IDTokenClaimsSet claims) {
    String email = claims.getStringClaim("email");
    if (email == null) {
      throw ProviderSignInException.token(
          "it carries no email: ask for the email scope, or map the email into the ID token");
    }
    Boolean verified = claims.getBooleanClaim("email_verified");
    // Not a list of names (e.g. one name alone): no groups, so no admin by mistake.
    List<String> groups = claims.getStringListClaim("groups");
    try {
      return new ProviderIdentity(
          claims.getSubject().getValue(),
          new Email(email),
          Boolean.TRUE.equals(verified),
          groups == null ? Set.of() : Set.copyOf(groups));
    } catch (InvalidValueException e) {
      throw ProviderSignInException.token(e.getMessage());
    }
  }

  /**
   * The client's secret where the provider takes it: in the Authorization header (Keycloak, Okta,
   * and the default of OpenID Connect), or in the form for a provider that says it takes only that.
   */
  private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
    ClientID client = new ClientID(settings.clientId());
    Secret secret = new Secret(settings.clientSecret());
    List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
    return methods == null
            || methods.isEmpty()
            || methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        ? new ClientSecretBasic(client, secret)
        : new ClientSecretPost(client, secret);
  }

  private Discovered discovered() {
    Discovered known = discovered;
    if (known == null) {
      known = discover();
      discovered = known;
    }
    return known;
  }

  /**
   * The discovery document, whose issuer Nimbus requires to be the configured one, and a validator
   * that accepts only the asymmetric signatures the provider says it uses: never {@code none}, and
   * never an HMAC keyed with the client's secret, which anyone holding the secret could make.
   */
  private Discovered discover() {
    int timeout = (int) TIMEOUT.toMillis();
    OIDCProviderMetadata metadata;
    try {
      metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), timeout, timeout);
    } catch (IOException e) {
      throw ProviderSignInException.unavailable(
          "discovery at " + settings.issuer() + ": " + e.getMessage());
    } catch (GeneralException e) {
      throw ProviderSignInException.unavailable(
          "its discovery document at " + settings.issuer() + ": " + e.getMessage());
    }
    Set<JWSAlgorithm> algorithms =
        metadata.getIDTokenJWSAlgs() == null
            ? Set.of(JWSAlgorithm.RS256)
            : metadata.getIDTokenJWSAlgs().stream()
                .filter(JWSAlgorithm.Family.SIGNATURE::contains)
                .collect(Collectors.toSet());
    JWKSource<SecurityContext> keys;
    try {
      keys =
          JWKSourceBuilder.create(
                  metadata.getJWKSetURI().toURL(),
                  new DefaultResourceRetriever(timeout, timeout, 512 * 1024))
              .retrying(true)
              .build();
    } catch (MalformedURLException e) {
      throw ProviderSignInException.unavailable("its jwks_uri: " + e.getMessage());
    }
    IDTokenValidator validator =
        new IDTokenValidator(
            metadata.getIssuer(),
            new ClientID(settings.clientId()),
            new JWSVerificationKeySelector<>(algorithms, keys),
            null);
    return new Discovered(metadata, validator);
  }

  private static HTTPRequest bounded(HTTPRequest request) {
    request.setConnectTimeout((int) TIMEOUT.toMillis());
    request.setReadTimeout((int) TIMEOUT.toMillis());
    return request;
  }
}
