package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.token.RevokeUnusedTokensUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Mailer;
import dev.personaltokens.application.port.out.Notices;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.policy.CurrentPolicy;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.PersonalToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Revokes through the token store every use case sees, so that the node cache's boundary evicts
 * each token on every node after the commit; each revocation is conditional on the token being
 * still unused, so a use written since it was found keeps it.
 */
public final class RevokeUnusedTokensService implements RevokeUnusedTokensUseCase {

  /** How many due tokens one call revokes; the next call takes the rest. */
  static final int BATCH = 500;

  private final PersonalTokens tokens;
  private final Notices notices;
  private final Mailer mailer;
  private final CurrentPolicy policy;
  private final Clock clock;
  private final Audit audit;

  public RevokeUnusedTokensService(
      PersonalTokens tokens,
      Notices notices,
      Mailer mailer,
      CurrentPolicy policy,
      Clock clock,
      Audit audit) {
    this.tokens = tokens;
    this.notices = notices;
    this.mailer = mailer;
    this.policy = policy;
    this.clock = clock;
    this.audit = audit;
  }

  @Override
  public int revokeNext() {
    Instant now = clock.now();
    Optional<Instant> unusedSince = policy.current().revokesUnusedSince(now);
    if (unusedSince.isEmpty()) {
      return 0;
    }
    // With mail on, the owner hears first; without, there is no one to wait for.
    List<PersonalToken> due =
        mailer.enabled()
            ? notices.unusedNoticedBy(
                Notices.Kind.INACTIVE,
                unusedSince.get(),
                now.minus(InstancePolicy.INACTIVITY_NOTICE),
                now,
                BATCH)
            : tokens.findUnusedSince(unusedSince.get(), now, BATCH);
    int revoked = 0;
    // In one order on every node: two nodes revoking at once wait for each other, never deadlock.
    for (PersonalToken token :
        due.stream().sorted(Comparator.comparing(token -> token.id().toString())).toList()) {
      if (tokens.revokeUnused(token.id(), unusedSince.get(), now)) {
        long days = Duration.between(token.unusedSince(), now).toDays();
        audit.record(token, AuditEventType.TOKEN_REVOKED_INACTIVE, "unused for " + days + " days");
        revoked++;
      }
    }
    return revoked;
  }
}
