package dev.personaltokens.application.port.in.session;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.token.TokenSecret;

/** Ends the session whose secret is presented; a personal token is left alone. */
@InOneTransaction
public interface SignOutUseCase {

  void signOut(Actor actor, TokenSecret presented);
}
