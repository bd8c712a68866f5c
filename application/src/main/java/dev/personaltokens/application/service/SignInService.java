package dev.personaltokens.application.service;

import dev.personaltokens.application.port.in.AuthenticationException;
import dev.personaltokens.application.port.in.IssuedSession;
import dev.personaltokens.application.port.in.SignInUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.Session;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class SignInService implements SignInUseCase {

  private final Accounts accounts;
  private final Sessions sessions;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final Randomness randomness;
  private final Duration sessionLifetime;
  private final PasswordHash decoy;
  private final Audit audit;
  private final SignInThrottle throttle;

  public SignInService(
      Accounts accounts,
      Sessions sessions,
      PasswordHasher hasher,
      Clock clock,
      Randomness randomness,
      Duration sessionLifetime,
      Audit audit,
      SharedState shared) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.hasher = hasher;
    this.clock = clock;
    this.randomness = randomness;
    this.sessionLifetime = sessionLifetime;
    this.audit = audit;
    this.throttle = new SignInThrottle(clock, shared);
    this.decoy = hasher.hash(Password.presented(randomness.base62(32)));
  }

  @Override
  public IssuedSession signIn(Email email, Password password) {
    // Checked before the hash: a throttled guess learns nothing, right or wrong.
    String address = String.valueOf(audit.origin().address());
    throttle.check(email.value(), address);
    Optional<Account> account = accounts.findByEmail(email);
    // An unknown email costs one hash too, so that timing does not tell which emails exist.
    PasswordHash stored = account.map(Account::passwordHash).orElse(decoy);
    boolean matches = hasher.matches(password, stored);
    if (account.isEmpty()) {
      throttle.failed(email.value(), address);
      throw AuthenticationException.badCredentials();
    }
    if (!matches) {
      throttle.failed(email.value(), address);
      // Kept although the sign-in is refused: the transaction boundary commits what an
      // AuthenticationException leaves, and this is all it leaves.
      audit.record(account.get().id(), AuditEventType.SESSION_FAILED, "");
      throw AuthenticationException.badCredentials();
    }
    throttle.succeeded(email.value(), address);
    TokenSecret secret = randomness.secret(SecretKind.SESSION);
    Instant now = clock.now();
    Session session =
        new Session(secret.digest(), account.get().id(), now, now.plus(sessionLifetime));
    sessions.add(session);
    audit.record(account.get().id(), AuditEventType.SESSION_CREATED, "");
    return new IssuedSession(session, secret);
  }
}
