package dev.personaltokens.application.port.out;

import dev.personaltokens.application.port.in.session.ProviderSignInException;
import dev.personaltokens.domain.sso.ProviderIdentity;
import java.net.URI;

/**
 * The OpenID provider people sign in with (PTK_OIDC_ISSUER): the authorization code flow with PKCE,
 * state and nonce; the ID token checked against the provider's keys.
 */
public interface IdentityProvider {

  /** No provider configured: nobody signs in through one. */
  IdentityProvider NONE =
      new IdentityProvider() {
        @Override
        public AuthorizationRequest authorization() {
          throw ProviderSignInException.off();
        }

        @Override
        public ProviderIdentity identify(String code, AuthorizationRequest request) {
          throw ProviderSignInException.off();
        }
      };

  /**
   * A new authorization request: where to send the browser, and the state, nonce and PKCE verifier
   * drawn for it, which only this server may see.
   *
   * @throws ProviderSignInException {@code oidc.unavailable} when the provider can't be asked
   */
  AuthorizationRequest authorization();

  /**
   * Who signed in: {@code code} exchanged with {@code request}'s verifier, the ID token checked
   * (signature by the provider's current keys, issuer, audience, expiry, {@code request}'s nonce).
   *
   * @throws ProviderSignInException {@code oidc.code}, {@code oidc.token} or {@code
   *     oidc.unavailable}
   */
  ProviderIdentity identify(String code, AuthorizationRequest request);

  /**
   * One sign-in through the provider, from the redirect to the callback.
   *
   * @param location the provider's authorization endpoint with the request's parameters
   */
  record AuthorizationRequest(URI location, String state, String nonce, String codeVerifier) {

    @Override
    public String toString() {
      return "AuthorizationRequest[" + location + "]"; // the nonce and verifier stay out of logs
    }
  }
}
