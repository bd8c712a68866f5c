package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import java.time.Duration;

/**
 * Deletes for good the personal tokens that expired or were revoked more than {@code olderThan}
 * ago, and every expired session: neither can ever authenticate again.
 */
@InOneTransaction
public interface PurgeEndedCredentialsUseCase {

  PurgedCredentials purge(Actor actor, Duration olderThan);
}
