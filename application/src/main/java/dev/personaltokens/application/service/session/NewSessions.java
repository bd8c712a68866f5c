package dev.personaltokens.application.service.session;

import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Duration;
import java.time.Instant;

/** Opens a session, however its person signed in: stored by digest, noted, in the log. */
record NewSessions(
    Sessions sessions, Accounts accounts, Clock clock, Randomness randomness, Audit audit) {

  /** Inside the caller's transaction; {@code how} is the log's detail (empty for a password). */
  IssuedSession open(Account account, Duration lifetime, String how) {
    TokenSecret secret = randomness.secret(SecretKind.SESSION);
    Instant now = clock.now();
    Session session = new Session(secret.digest(), account.id(), now, now.plus(lifetime));
    sessions.add(session);
    accounts.signedIn(account.id(), now);
    audit.record(account.id(), AuditEventType.SESSION_CREATED, how);
    return new IssuedSession(session, secret);
  }
}
