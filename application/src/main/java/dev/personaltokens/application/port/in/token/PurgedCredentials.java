package dev.personaltokens.application.port.in.token;

import java.time.Instant;

/**
 * What a purge deleted.
 *
 * @param endedBefore tokens that expired or were revoked before this instant were deleted
 * @param tokens how many personal tokens were deleted
 * @param sessions how many expired sessions were deleted
 * @param auditBefore security-log events from before this instant (the retention) were deleted
 * @param auditEvents how many security-log events older than the retention were deleted
 */
public record PurgedCredentials(
    Instant endedBefore, int tokens, int sessions, Instant auditBefore, int auditEvents) {}
