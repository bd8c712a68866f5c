package dev.personaltokens.application.port.in.account;

import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;

/** The account of a signed-in principal. */
@ReadsOnly
public interface GetAccountUseCase {

  Account get(AccountId id);
}
