package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.AccountId;

/**
 * The panic button: revokes every personal token of the owner, once {@code confirmation} is the
 * typed word {@code delete}; returns how many. Sessions stay, so that the console that pressed it
 * can show the result.
 */
@InOneTransaction
public interface RevokeAllPersonalTokensUseCase {

  int revokeAll(AccountId owner, String confirmation);
}
