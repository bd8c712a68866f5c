package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.PurgeExpiredTokensUseCase;
import dev.personaltokens.application.port.in.PurgedTokens;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;

public final class PurgeExpiredTokensService implements PurgeExpiredTokensUseCase {

  private final PersonalTokens tokens;
  private final Sessions sessions;
  private final Clock clock;

  public PurgeExpiredTokensService(PersonalTokens tokens, Sessions sessions, Clock clock) {
    this.tokens = tokens;
    this.sessions = sessions;
    this.clock = clock;
  }

  /**
   * Ended tokens are kept for a while so that their owners can still tell what a stale token was;
   * an expired session shows nowhere, so it goes at once.
   */
  @Override
  public PurgedTokens purge(Duration olderThan) {
    if (olderThan == null || olderThan.isNegative()) {
      throw new InvalidValueException(
          "purge.older_than.negative", "older_than", "the age to purge from can't be negative");
    }
    Instant now = clock.now();
    Instant cutoff = now.minus(olderThan);
    return new PurgedTokens(
        cutoff, tokens.removeEndedBefore(cutoff), sessions.removeExpiredBefore(now));
  }
}
