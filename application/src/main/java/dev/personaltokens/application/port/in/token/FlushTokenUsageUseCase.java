package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import java.time.Duration;

/**
 * Writes where and when tokens were last used, as noted by authentication on this node since the
 * last flush - in one transaction, off the request path.
 */
@InOneTransaction
public interface FlushTokenUsageUseCase {

  FlushedUsage flush();

  /** How many tokens' last use was written, and how old the oldest of those uses was. */
  record FlushedUsage(int tokens, Duration lag) {}
}
