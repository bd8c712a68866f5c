package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;

/**
 * The identity provider renamed a person: their account takes the new email. {@code
 * EmailTakenException} when another account has it; the same email changes nothing.
 */
@InOneTransaction
public interface ChangeEmailUseCase {

  Account change(Actor admin, AccountId id, Email email);
}
