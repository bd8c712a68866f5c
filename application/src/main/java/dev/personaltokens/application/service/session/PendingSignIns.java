package dev.personaltokens.application.service.session;

import dev.personaltokens.application.port.in.session.ProviderSignInException;
import dev.personaltokens.application.port.out.IdentityProvider.AuthorizationRequest;
import dev.personaltokens.application.port.out.SharedState;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sign-ins through the identity provider begun and not yet back: each request's nonce and PKCE
 * verifier under its state, in {@link SharedState} so that the callback may reach any node, for
 * {@link #PENDING} and one callback.
 */
record PendingSignIns(SharedState shared) {

  /** How long the provider may keep the person before the state is forgotten. */
  static final Duration PENDING = Duration.ofMinutes(10);

  private static final String KEY = "oidc ";

  void keep(AuthorizationRequest request) {
    shared.update(
        KEY + request.state(), PENDING, none -> request.nonce() + " " + request.codeVerifier());
  }

  /** The request {@code state} was drawn for, taken so that it serves once. */
  AuthorizationRequest take(String state) {
    AtomicReference<String> kept = new AtomicReference<>();
    shared.update(
        KEY + state,
        PENDING,
        pending -> {
          kept.set(pending);
          return null;
        });
    if (kept.get() == null) {
      throw ProviderSignInException.state();
    }
    String[] nonceAndVerifier = kept.get().split(" ", 2);
    return new AuthorizationRequest(null, state, nonceAndVerifier[0], nonceAndVerifier[1]);
  }
}
