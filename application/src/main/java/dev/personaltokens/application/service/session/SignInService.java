package dev.personaltokens.application.service.session;

import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.session.SignInUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.twofactor.SecondFactor;
import dev.personaltokens.domain.twofactor.TwoFactor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Signs in. In this order, so that neither guesses nor a flood of them gets further than it must:
 * the account is looked up (a short read), the attempt is counted before it is checked ({@link
 * SignInThrottle}), the password is hashed - outside any transaction, holding no database
 * connection, and at most as many at once as the machine has cores ({@link #hashing}) - and only
 * then is the outcome written, in a short transaction of its own. An account with two-factor
 * sign-in is asked for its second factor only after the right password, so that the question tells
 * no one else anything; a wrong code counts as a failed attempt, as a wrong password does.
 */
public final class SignInService implements SignInUseCase {

  /** How long an attempt waits for a free core to hash on before it is refused as too many. */
  static final Duration HASH_WAIT = Duration.ofMillis(500);

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final Duration sessionLifetime;
  private final boolean passwordSignIn;
  private final NewSessions newSessions;
  private final PasswordHash decoy;
  private final Audit audit;
  private final SignInThrottle throttle;
  private final InTransaction writes;
  private final SecondFactorCheck secondFactor;

  /**
   * Password hashes running at once: each keeps a core busy for its whole length, so more than the
   * cores (two at least) would only make every one of them, and every other request, slower.
   */
  private final Semaphore hashing =
      new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

  public SignInService(
      Accounts accounts,
      Sessions sessions,
      PasswordHasher hasher,
      Clock clock,
      Randomness randomness,
      Duration sessionLifetime,
      boolean passwordSignIn,
      Audit audit,
      SharedState shared,
      InTransaction writes,
      SecondFactorCheck secondFactor) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.sessionLifetime = sessionLifetime;
    this.passwordSignIn = passwordSignIn;
    this.newSessions = new NewSessions(sessions, accounts, clock, randomness, audit);
    this.audit = audit;
    this.writes = writes;
    this.secondFactor = secondFactor;
    this.throttle = new SignInThrottle(clock, shared);
    this.decoy = hasher.decoy();
  }

  @Override
  public IssuedSession signIn(Email email, Password password, SecondFactor code) {
    if (!passwordSignIn) {
      throw AuthenticationException.passwordSignInOff(); // before anything is looked up or counted
    }
    Optional<Account> account = accounts.findByEmail(email);
    // Keyed by the account, so that the throttle compares emails as the database does; an email
    // no account has is counted as typed (lower-cased), as there is nothing to protect behind it.
    String whom =
        account.map(found -> SignInThrottle.whom(found.id())).orElse("email " + email.value());
    SignInThrottle.Attempt attempt = throttle.begin(whom, String.valueOf(audit.origin().address()));
    // An unknown email costs one hash too, so that timing does not tell which emails exist.
    // An account whose person has not set a password yet costs the same hash, and fails.
    PasswordHash stored =
        account.filter(Account::hasPassword).map(Account::passwordHash).orElse(decoy);
    boolean matches;
    try {
      matches = hashed(password, stored);
    } catch (ThrottledException busy) {
      attempt.notChecked();
      throw busy;
    }
    if (account.isEmpty()) {
      throw AuthenticationException.badCredentials();
    }
    if (!matches || !account.get().hasPassword()) {
      writes.run(
          () -> {
            audit.record(account.get().id(), AuditEventType.SESSION_FAILED, "");
            return null;
          });
      throw AuthenticationException.badCredentials();
    }
    // Said only to whoever knows the password: to anyone else it is a wrong one like any other.
    if (!account.get().isActive()) {
      attempt.succeeded();
      throw AuthenticationException.deactivated();
    }
    return withSecondFactor(account.get(), code, attempt);
  }

  /**
   * The session, once the second factor passed where the account has one: only then is the attempt
   * a success. Asking for a missing one costs no attempt: the password was right and nothing was
   * guessed.
   */
  private IssuedSession withSecondFactor(
      Account account, SecondFactor code, SignInThrottle.Attempt attempt) {
    Optional<TwoFactor> twoFactor = secondFactor.enabledFor(account.id());
    if (twoFactor.isEmpty()) {
      attempt.succeeded();
      return writes.run(() -> open(account));
    }
    if (!code.isGiven()) {
      attempt.notChecked();
      throw AuthenticationException.otpRequired();
    }
    IssuedSession issued =
        writes.run(
            () -> {
              if (secondFactor.passes(twoFactor.get(), code)) {
                return open(account);
              }
              audit.record(account.id(), AuditEventType.SESSION_OTP_FAILED, "");
              return null;
            });
    if (issued == null) {
      throw AuthenticationException.otpInvalid();
    }
    attempt.succeeded();
    return issued;
  }

  private boolean hashed(Password password, PasswordHash stored) {
    return onAFreeCore(() -> hasher.matches(password, stored));
  }

  private <T> T onAFreeCore(Supplier<T> hash) {
    boolean slot;
    try {
      slot = hashing.tryAcquire(HASH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      slot = false;
    }
    if (!slot) {
      throw new ThrottledException(
          "auth.busy", "too many sign-ins at once; try again in a second", Duration.ofSeconds(1));
    }
    try {
      return hash.get();
    } finally {
      hashing.release();
    }
  }

  /**
   * Whether {@code password} is the account's, checked as a sign-in checks it: counted first by the
   * same throttle, with the same counts, and hashed on a free core. For a signed-in person who
   * gives their password again: asking for it there is no way round the throttle.
   */
  public boolean passwordMatches(Account account, Password password) {
    SignInThrottle.Attempt attempt =
        throttle.begin(SignInThrottle.whom(account.id()), String.valueOf(audit.origin().address()));
    boolean matches;
    try {
      matches = account.hasPassword() && hashed(password, account.passwordHash());
    } catch (ThrottledException busy) {
      attempt.notChecked();
      throw busy;
    }
    if (matches) {
      attempt.succeeded();
    }
    return matches;
  }

  /** {@code password} hashed to be stored, on a free core like every hash here. */
  public PasswordHash hash(Password password) {
    return onAFreeCore(() -> hasher.hash(password));
  }

  private IssuedSession open(Account account) {
    return newSessions.open(account, sessionLifetime, "");
  }
}
