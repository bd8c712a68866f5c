package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;

/** Creates a personal token and hands out its secret, the only time it is ever seen. */
@InOneTransaction
public interface CreatePersonalTokenUseCase {

  CreatedPersonalToken create(CreatePersonalTokenCommand command);
}
