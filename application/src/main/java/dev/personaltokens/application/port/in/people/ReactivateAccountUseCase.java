package dev.personaltokens.application.port.in.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;

/**
 * Lets a deactivated account sign in again. None of what the deactivation ended comes back: its
 * tokens stay revoked.
 */
@InOneTransaction
public interface ReactivateAccountUseCase {

  Account reactivate(Actor admin, AccountId account);
}
