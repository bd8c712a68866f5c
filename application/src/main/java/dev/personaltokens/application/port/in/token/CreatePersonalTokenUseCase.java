package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;

/**
 * Creates a personal token and hands out its secret, the only time it is ever seen. The token's id
 * and secret are drawn first, outside any transaction; the token is then written in one ({@link
 * Writes}), which may run again (a commit the database could not confirm) and then makes that same
 * token or finds it made - never a second one.
 */
@OwnTransactions
public interface CreatePersonalTokenUseCase {

  CreatedPersonalToken create(CreatePersonalTokenCommand command);

  @InOneTransaction(idempotent = true)
  interface Writes {}
}
