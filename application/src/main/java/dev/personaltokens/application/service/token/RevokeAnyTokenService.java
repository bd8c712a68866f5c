package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.token.PersonalTokenNotFoundException;
import dev.personaltokens.application.port.in.token.RevokeAnyTokenUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.PersonalToken;
import dev.personaltokens.domain.token.Revocation;
import dev.personaltokens.domain.token.TokenId;
import java.time.Instant;

/**
 * Revokes through the token store every use case sees, so that the node cache's boundary evicts the
 * token on every node before the answer; the owner's mail goes out with the next notice run.
 */
public final class RevokeAnyTokenService implements RevokeAnyTokenUseCase {

  private final PersonalTokens tokens;
  private final Admins admins;
  private final Notices notices;
  private final Clock clock;
  private final Audit audit;

  public RevokeAnyTokenService(
      PersonalTokens tokens, Accounts accounts, Notices notices, Clock clock, Audit audit) {
    this.tokens = tokens;
    this.admins = new Admins(accounts);
    this.notices = notices;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public void revoke(Actor admin, TokenId id) {
    AuditActor by = admins.require(admin);
    Instant now = clock.now();
    PersonalToken token =
        tokens
            .findById(id)
            .filter(found -> !found.isRevoked() && !found.isExpiredAt(now))
            .orElseThrow(() -> new PersonalTokenNotFoundException(id));
    if (!tokens.revoke(id, now, Revocation.REVOKED)) {
      throw new PersonalTokenNotFoundException(id);
    }
    audit.record(token, AuditEventType.TOKEN_REVOKED_BY_ADMIN, "by " + by.describe(), by);
    notices.request(id, Notices.Kind.REVOKED_BY_ADMIN);
  }
}
