package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.token.TokenSecret;

/** Ends the session whose secret is presented; a personal token is left alone. */
@InOneTransaction
public interface SignOutUseCase {

  void signOut(Actor actor, TokenSecret presented);
}
