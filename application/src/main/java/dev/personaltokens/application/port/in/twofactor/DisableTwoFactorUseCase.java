package dev.personaltokens.application.port.in.twofactor;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.twofactor.SecondFactor;

/**
 * Turns two-factor sign-in off with a code of the app or a recovery code, so that a session or a
 * token alone can't: a wrong code counts in the sign-in throttle as a wrong password does.
 */
@InOneTransaction
public interface DisableTwoFactorUseCase {

  void disable(AccountId owner, SecondFactor code);
}
