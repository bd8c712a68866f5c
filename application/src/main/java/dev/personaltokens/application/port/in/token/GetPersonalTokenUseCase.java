package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;

/** One of the owner's tokens; {@link PersonalTokenNotFoundException} when revoked or not theirs. */
@InOneTransaction
public interface GetPersonalTokenUseCase {

  PersonalToken get(AccountId owner, TokenId id);
}
