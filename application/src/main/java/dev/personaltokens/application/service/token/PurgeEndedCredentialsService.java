package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.token.PurgeEndedCredentialsUseCase;
import dev.personaltokens.application.port.in.token.PurgedCredentials;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

public final class PurgeEndedCredentialsService implements PurgeEndedCredentialsUseCase {

  private final PersonalTokens tokens;
  private final Sessions sessions;
  private final AuditTrail auditTrail;
  private final Clock clock;
  private final Duration auditRetention;

  public PurgeEndedCredentialsService(
      PersonalTokens tokens,
      Sessions sessions,
      AuditTrail auditTrail,
      Clock clock,
      Duration auditRetention) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.auditTrail = auditTrail;
    this.clock = clock;
    this.auditRetention = auditRetention;
  }

  /**
   * Ended tokens are kept for a while so that their owners can still tell what a stale token was;
   * an expired session shows nowhere, so it goes at once. The security log keeps its own time.
   */
  @Override
  public PurgedCredentials purge(Actor actor, Duration olderThan) {
    if (olderThan == null || olderThan.isNegative()) {
      throw new InvalidValueException(
          "purge.older_than.negative", "older_than", "the age to purge from can't be negative");
    }
    Instant now = clock.now();
    Instant cutoff = now.minus(olderThan);
    Instant auditBefore = now.minus(auditRetention);
    return new PurgedCredentials(
        cutoff,
        tokens.removeEndedBefore(cutoff),
        sessions.removeExpiredBefore(now),
        auditBefore,
        auditTrail.removeOlderThan(auditBefore));
  }
}
