package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.RevokeAllPersonalTokensUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.domain.Confirmation;
import dev.personaltokens.domain.account.AccountId;

public final class RevokeAllPersonalTokensService implements RevokeAllPersonalTokensUseCase {

  private final PersonalTokens tokens;
  private final Clock clock;

  public RevokeAllPersonalTokensService(PersonalTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public int revokeAll(AccountId owner, String confirmation) {
    Confirmation.require(confirmation, "confirm");
    return tokens.revokeAllOf(owner, clock.now());
  }
}
