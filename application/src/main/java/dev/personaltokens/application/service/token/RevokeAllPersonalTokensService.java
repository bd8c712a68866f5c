package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.RevokeAllPersonalTokensUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.Confirmation;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditEventType;

public final class RevokeAllPersonalTokensService implements RevokeAllPersonalTokensUseCase {

  private final PersonalTokens tokens;
  private final Clock clock;
  private final Audit audit;

  public RevokeAllPersonalTokensService(PersonalTokens tokens, Clock clock, Audit audit) {
    this.tokens = tokens;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public int revokeAll(AccountId owner, String confirmation) {
    Confirmation.require(confirmation, "confirm");
    int revoked = tokens.revokeAllOf(owner, clock.now());
    audit.record(
        owner,
        AuditEventType.TOKEN_REVOKED_ALL,
        revoked == 1 ? "1 personal token revoked" : revoked + " personal tokens revoked");
    return revoked;
  }
}
