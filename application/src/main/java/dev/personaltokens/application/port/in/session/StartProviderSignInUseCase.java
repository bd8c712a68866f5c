package dev.personaltokens.application.port.in.session;

import dev.personaltokens.application.port.in.ReadsOnly;

/**
 * Starts a sign-in through the identity provider: an authorization request (PKCE, state, nonce)
 * whose secrets wait, for ten minutes and one callback, on whichever node it comes back to.
 */
@ReadsOnly
public interface StartProviderSignInUseCase {

  ProviderRedirect start();
}
