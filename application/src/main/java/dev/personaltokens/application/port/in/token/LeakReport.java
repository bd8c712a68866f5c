package dev.personaltokens.application.port.in.token;

import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.token.TokenDigest;
import java.util.List;

/**
 * A report of credentials found in public, as received: how many were sent, the digests of those
 * that could be tokens or sessions at all, and where it came from. The secrets themselves are not
 * kept.
 */
public record LeakReport(
    int received, List<TokenDigest> personalTokens, List<TokenDigest> sessions, Origin reporter) {

  public LeakReport {
    personalTokens = List.copyOf(personalTokens);
    sessions = List.copyOf(sessions);
  }
}
