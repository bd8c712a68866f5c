package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.TokenId;

/** Revokes one of the owner's tokens: it stops authenticating at once. */
@InOneTransaction
public interface RevokePersonalTokenUseCase {

  void revoke(AccountId owner, TokenId id);
}
