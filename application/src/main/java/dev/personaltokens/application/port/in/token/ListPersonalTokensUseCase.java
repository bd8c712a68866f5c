package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;

/** Lists an owner's tokens that are not revoked, newest first, filtered by name or description. */
@InOneTransaction
public interface ListPersonalTokensUseCase {

  Page<PersonalToken> list(AccountId owner, String search, PageRequest page);
}
