package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;

/** The account of a signed-in principal. */
@InOneTransaction
public interface GetAccountUseCase {

  Account get(AccountId id);
}
