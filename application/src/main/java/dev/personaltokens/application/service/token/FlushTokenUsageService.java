package dev.personaltokens.application.service.token;

import dev.personaltokens.application.node.PendingUsage;
import dev.personaltokens.application.port.in.token.FlushTokenUsageUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PersonalTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

public final class FlushTokenUsageService implements FlushTokenUsageUseCase {

  private final PendingUsage pending;
  private final PersonalTokens tokens;
  private final Clock clock;

  public FlushTokenUsageService(PendingUsage pending, PersonalTokens tokens, Clock clock) {
    this.pending = pending;
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  public FlushedUsage flush() {
    List<PendingUsage.Use> uses = pending.drain();
    try {
      uses.forEach(use -> tokens.markUsed(use.token(), use.at(), use.address()));
    } catch (RuntimeException e) {
      pending.restore(uses); // the next flush tries again
      throw e;
    }
    Instant oldest = uses.stream().map(PendingUsage.Use::at).min(Instant::compareTo).orElse(null);
    Duration lag = oldest == null ? Duration.ZERO : Duration.between(oldest, clock.now());
    return new FlushedUsage(uses.size(), lag);
  }
}
