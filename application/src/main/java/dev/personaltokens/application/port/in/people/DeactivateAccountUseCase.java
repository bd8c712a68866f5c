package dev.personaltokens.application.port.in.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.AccountId;

/**
 * Offboarding: ends every session and personal token of the account - on every node of the cluster,
 * before it returns - and refuses its sign-in from then on. Never the last admin, never one's own
 * account; an account deactivated already stays as it is.
 */
@InOneTransaction
public interface DeactivateAccountUseCase {

  Deactivation deactivate(Actor admin, AccountId account);
}
