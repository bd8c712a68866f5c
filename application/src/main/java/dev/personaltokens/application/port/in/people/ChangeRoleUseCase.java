package dev.personaltokens.application.port.in.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Role;

/** Makes an account an admin, or a member again - never the last active admin. */
@InOneTransaction
public interface ChangeRoleUseCase {

  Account change(Actor admin, AccountId account, Role role);
}
