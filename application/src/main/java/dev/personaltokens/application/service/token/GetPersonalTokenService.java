package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.GetPersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.PersonalTokenNotFoundException;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.TokenId;

public final class GetPersonalTokenService implements GetPersonalTokenUseCase {

  private final PersonalTokens tokens;

  public GetPersonalTokenService(PersonalTokens tokens) {
    this.tokens = tokens;
  }

  /** Someone else's token is "not found" too, so that ids of other accounts can't be probed. */
  @Override
  public PersonalToken get(AccountId owner, TokenId id) {
    return tokens
        .findById(id)
        .filter(token -> token.isOwnedBy(owner) && !token.isRevoked())
        .orElseThrow(() -> new PersonalTokenNotFoundException(id));
  }
}
