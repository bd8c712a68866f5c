package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.GetPersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.RevokePersonalTokenUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.TokenId;

public final class RevokePersonalTokenService implements RevokePersonalTokenUseCase {

  private final GetPersonalTokenUseCase ownedTokens;
  private final PersonalTokens tokens;
  private final Clock clock;
  private final Audit audit;

  /** {@code ownedTokens} finds the token as its owner sees it: never someone else's. */
  public RevokePersonalTokenService(
      GetPersonalTokenUseCase ownedTokens, PersonalTokens tokens, Clock clock, Audit audit) {
    this.ownedTokens = ownedTokens;
    this.tokens = tokens;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public void revoke(AccountId owner, TokenId id) {
    PersonalToken token = ownedTokens.get(owner, id);
    if (tokens.revoke(token.id(), clock.now(), Revocation.REVOKED)) {
      audit.record(token, AuditEventType.TOKEN_REVOKED, "");
    }
  }
}
