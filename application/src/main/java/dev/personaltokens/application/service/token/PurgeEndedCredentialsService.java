package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.token.PurgeEndedCredentialsUseCase;
import dev.personaltokens.application.port.in.token.PurgedCredentials;
import dev.personaltokens.application.port.out.AuditTrail;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordLinks;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

public final class PurgeEndedCredentialsService implements PurgeEndedCredentialsUseCase {

  private final PersonalTokens tokens;
  private final Sessions sessions;
  private final PasswordLinks passwordLinks;
  private final AuditTrail auditTrail;
  private final Clock clock;
  private final Duration auditRetention;

  public PurgeEndedCredentialsService(
      PersonalTokens tokens,
      Sessions sessions,
      PasswordLinks passwordLinks,
      AuditTrail auditTrail,
      Clock clock,
      Duration auditRetention) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.passwordLinks = passwordLinks;
    this.auditTrail = auditTrail;
    this.clock = clock;
    this.auditRetention = auditRetention;
  }

  /**
   * Ended tokens are kept for a while so that their owners can still tell what a stale token was;
   * an expired session shows nowhere, so it goes at once, and so does an expired one-time password
   * link (it can't be used, and nobody is told of it). The security log keeps its own time.
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
    passwordLinks.removeExpiredBefore(now);
    return new PurgedCredentials(
        cutoff,
        tokens.removeEndedBefore(cutoff),
        sessions.removeExpiredBefore(now),
        auditBefore,
        auditTrail.removeOlderThan(auditBefore));
  }
}
