package dev.personaltokens.application.port.in;

import dev.personaltokens.domain.token.TokenDigest;
import java.util.List;

/**
 * A report of credentials found in public, as received: how many were sent, and the digests of
 * those that could be tokens or sessions at all. The secrets themselves are not kept.
 */
public record LeakReport(
    int received, List<TokenDigest> personalTokens, List<TokenDigest> sessions) {

  public LeakReport {
    personalTokens = List.copyOf(personalTokens);
    sessions = List.copyOf(sessions);
  }
}
