package dev.personaltokens.application.port.in.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;

/** One person, for an admin or a provisioner; {@code AccountNotFoundException} when unknown. */
@ReadsOnly
public interface GetPersonUseCase {

  Account get(Actor admin, AccountId id);
}
