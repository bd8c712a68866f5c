package dev.personaltokens.application.service.session;

import dev.personaltokens.application.port.in.session.FinishProviderSignInUseCase;
import dev.personaltokens.application.port.in.session.IssuedSession;
import dev.personaltokens.application.port.in.session.ProviderCallback;
import dev.personaltokens.application.port.in.session.ProviderSignInException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.application.port.out.IdentityProvider.AuthorizationRequest;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditEventType;
import dev.personaltokens.domain.sso.ProviderIdentity;
import dev.personaltokens.domain.sso.SingleSignOn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;

/**
 * Signs in whom the identity provider sent back, once the state is the one this browser left with
 * and still pending ({@link PendingSignIns}: one callback each). The provider is asked outside any
 * transaction; only then are the account and the session written, in one short transaction.
 *
 * <p>The account is the one linked to the provider's subject. Failing that, an account with the
 * same email is linked - only when the provider says the email is verified, since otherwise whoever
 * typed someone's email in at the provider would get their account - or else one is made, with no
 * password: it signs in through the provider only. With an admin group, the provider gives the role
 * at every sign-in, so that leaving the group ends being an admin at the next one.
 */
public final class FinishProviderSignInService implements FinishProviderSignInUseCase {

  private final IdentityProvider provider;
  private final Accounts accounts;
  private final Clock clock;
  private final PendingSignIns pending;
  private final Audit audit;
  private final InTransaction writes;
  private final SingleSignOn singleSignOn;
  private final Duration sessionLifetime;
  private final NewSessions newSessions;

  public FinishProviderSignInService(
      IdentityProvider provider,
      Accounts accounts,
      Sessions sessions,
      Clock clock,
      Randomness randomness,
      SharedState shared,
      Audit audit,
      InTransaction writes,
      SingleSignOn singleSignOn,
      Duration sessionLifetime) {
    this.provider = provider;
    this.accounts = accounts;
    this.clock = clock;
    this.pending = new PendingSignIns(shared);
    this.audit = audit;
    this.writes = writes;
    this.singleSignOn = singleSignOn;
    this.sessionLifetime = sessionLifetime;
    this.newSessions = new NewSessions(sessions, accounts, clock, randomness, audit);
  }

  @Override
  public IssuedSession finish(ProviderCallback callback) {
    if (singleSignOn.provider().isEmpty()) {
      throw ProviderSignInException.off();
    }
    AuthorizationRequest request = take(callback);
    if (callback.error() != null) {
      throw ProviderSignInException.denied(callback.error());
    }
    if (callback.code() == null || callback.code().isBlank()) {
      throw ProviderSignInException.code("the callback carries no code");
    }
    ProviderIdentity identity = provider.identify(callback.code(), request);
    Duration lifetime =
        sessionLifetime.compareTo(singleSignOn.maxSession()) < 0
            ? sessionLifetime
            : singleSignOn.maxSession();
    return writes.run(
        () -> newSessions.open(accountOf(identity), lifetime, "through " + providerName()));
  }

  /**
   * The request the callback's state was drawn for, taken so that it serves once; only when the
   * browser kept the same state, so that nobody else's callback signs this browser in (a login
   * CSRF).
   */
  private AuthorizationRequest take(ProviderCallback callback) {
    if (callback.state() == null
        || callback.browserState() == null
        || !MessageDigest.isEqual(
            callback.state().getBytes(StandardCharsets.UTF_8),
            callback.browserState().getBytes(StandardCharsets.UTF_8))) {
      throw ProviderSignInException.state();
    }
    return pending.take(callback.state());
  }

  /**
   * The account {@code identity} signs in as, found, linked or made; its role as the group says.
   */
  private Account accountOf(ProviderIdentity identity) {
    Account account =
        accounts.findBySubject(identity.subject()).orElseGet(() -> linkedOrMade(identity));
    if (!account.isActive()) {
      throw AuthenticationException.deactivated();
    }
    Optional<Role> role = identity.role(singleSignOn.adminGroup());
    if (role.isPresent() && role.get() != account.role() && mayChange(account)) {
      accounts.changeRole(account.id(), role.get());
      audit.record(
          account.id(),
          AuditEventType.ACCOUNT_ROLE_CHANGED,
          account.role().code() + " to " + role.get().code() + " by " + providerName());
      return accounts.findById(account.id()).orElseThrow();
    }
    return account;
  }

  private String providerName() {
    return singleSignOn.provider().orElseThrow();
  }

  /** Never the last active admin demoted: the server would have nobody to manage it. */
  private boolean mayChange(Account account) {
    return !account.isAdmin()
        || accounts.lockActiveAdmins().stream().anyMatch(admin -> !admin.equals(account.id()));
  }

  /**
   * The account of the email, linked, or else a new one; either only for an email the provider says
   * is verified.
   */
  private Account linkedOrMade(ProviderIdentity identity) {
    if (!identity.emailVerified()) {
      throw ProviderSignInException.emailUnverified();
    }
    Optional<Account> made =
        accounts.add(identity.email(), PasswordHash.NONE, clock.now(), Role.MEMBER);
    if (made.isEmpty()) {
      // The email is taken: an account of this server's, or one a concurrent sign-in just made.
      return linked(accounts.findByEmail(identity.email()).orElseThrow(), identity);
    }
    if (!accounts.linkSubject(made.get().id(), identity.subject())) {
      throw ProviderSignInException.emailTaken(); // the subject went to another account meanwhile
    }
    audit.record(made.get().id(), AuditEventType.ACCOUNT_CREATED, "by " + providerName());
    return made.get();
  }

  private Account linked(Account account, ProviderIdentity identity) {
    AccountId id = account.id();
    if (accounts.subjectOf(id).filter(identity.subject()::equals).isPresent()) {
      return account;
    }
    if (!accounts.linkSubject(id, identity.subject())) {
      throw ProviderSignInException.emailTaken();
    }
    audit.record(id, AuditEventType.ACCOUNT_LINKED, "to " + providerName());
    return account;
  }
}
