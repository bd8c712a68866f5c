package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.in.session.ProviderSignInException;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.domain.sso.ProviderIdentity;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * An identity provider that signs in whom the test says: each authorization request numbered, and a
 * code given out for a request only once the test named who signs in with it ({@link #signIn}). The
 * code is good for the request it was drawn for, once - as a real provider's, checked by its PKCE
 * verifier and the ID token's nonce.
 */
public final class FakeIdentityProvider implements IdentityProvider {

  private final Map<String, Issued> codes = new HashMap<>();
  private int requests;
  private ProviderSignInException failure;

  private record Issued(ProviderIdentity identity, String nonce, String codeVerifier) {}

  @Override
  public synchronized AuthorizationRequest authorization() {
    int n = ++requests;
    return new AuthorizationRequest(
        URI.create("https://idp.example.com/authorize?state=state-" + n),
        "state-" + n,
        "nonce-" + n,
        "verifier-" + n);
  }

  /** The code the provider sends back for {@code request} once {@code identity} signed in. */
  public synchronized String signIn(AuthorizationRequest request, ProviderIdentity identity) {
    String code = "code-" + codes.size();
    codes.put(code, new Issued(identity, request.nonce(), request.codeVerifier()));
    return code;
  }

  /** The request behind {@code state}, as the provider received it. */
  public AuthorizationRequest requestOf(String state) {
    String n = state.substring("state-".length());
    return new AuthorizationRequest(null, state, "nonce-" + n, "verifier-" + n);
  }

  /** The next {@link #identify} fails so, as a provider that is down or sends a bad token. */
  public synchronized void failNext(ProviderSignInException failure) {
    this.failure = failure;
  }

  @Override
  public synchronized ProviderIdentity identify(String code, AuthorizationRequest request) {
    if (failure != null) {
      ProviderSignInException thrown = failure;
      failure = null;
      throw thrown;
    }
    Issued issued = codes.remove(code);
    if (issued == null || !issued.codeVerifier().equals(request.codeVerifier())) {
      throw ProviderSignInException.code("invalid_grant");
    }
    if (!issued.nonce().equals(request.nonce())) {
      throw ProviderSignInException.token("the nonce is not the request's");
    }
    return issued.identity();
  }
}
