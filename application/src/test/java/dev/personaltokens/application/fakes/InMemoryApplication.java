package dev.personaltokens.application.fakes;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.Ports;
import dev.personaltokens.application.UseCaseCall;
import dev.personaltokens.application.UseCaseDecorator;
import dev.personaltokens.application.UseCases;
import dev.personaltokens.application.node.LocalSharedState;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.ChangePasswordUseCase;
import dev.personaltokens.application.port.in.account.CreateAccountUseCase;
import dev.personaltokens.application.port.in.account.CreateFirstAccountUseCase;
import dev.personaltokens.application.port.in.account.GetAccountUseCase;
import dev.personaltokens.application.port.in.account.ResetPasswordUseCase;
import dev.personaltokens.application.port.in.session.SignInUseCase;
import dev.personaltokens.application.port.in.session.SignOutUseCase;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.CreatedPersonalToken;
import dev.personaltokens.application.port.in.token.FlushTokenUsageUseCase;
import dev.personaltokens.application.port.in.token.GetPersonalTokenUseCase;
import dev.personaltokens.application.port.in.token.ListPersonalTokensUseCase;
import dev.personaltokens.application.port.in.token.PurgeEndedCredentialsUseCase;
import dev.personaltokens.application.port.in.token.RevokePersonalTokenUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticateUseCase;
import dev.personaltokens.application.port.out.Cluster;
import dev.personaltokens.application.port.out.IdentityProvider;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.sso.SingleSignOn;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.ExpiryPolicy;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every use case on the in-memory fakes, wired by {@link UseCases#wire} as the server and the
 * command line wire theirs; the decorator records each call instead of opening a transaction.
 */
public final class InMemoryApplication {

  public static final Duration SESSION_LIFETIME = Policies.DEFAULT.sessionLifetime();

  /** The operator of the tests' admin calls. */
  public static final Actor OPERATOR = Actor.operator("test-operator");

  private final ManualClock clock = new ManualClock();
  private final SeededRandomness randomness = new SeededRandomness();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final InMemoryPasswordLinks passwordLinks = new InMemoryPasswordLinks();
  private final InMemoryPersonalTokens tokens = new InMemoryPersonalTokens();
  private final InMemoryAccounts accounts = new InMemoryAccounts(tokens);
  private final InMemorySessions sessions = new InMemorySessions();
  private final InMemoryServiceClients serviceClients = new InMemoryServiceClients();
  private final InMemoryScimTokens scimTokens = new InMemoryScimTokens();
  private final InMemoryInstancePolicies instancePolicies = new InMemoryInstancePolicies();
  private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(accounts::emailOf);
  private final SettableOrigins origins = new SettableOrigins();
  private final InMemoryNotices notices = new InMemoryNotices(tokens);
  private final RecordingMailer mailer = new RecordingMailer();
  private final InMemoryTwoFactors twoFactors = new InMemoryTwoFactors();
  private final FakeOneTimeCodes oneTimeCodes = new FakeOneTimeCodes();
  private final List<UseCaseCall> calls = new ArrayList<>();
  private final Map<Class<?>, Runnable> interleaved = new ConcurrentHashMap<>();
  private final Set<Class<?>> runTwice = ConcurrentHashMap.newKeySet();
  private final Map<Class<?>, Runnable> everyCall = new ConcurrentHashMap<>();
  private final UseCases useCases;

  public InMemoryApplication() {
    this(ExpiryPolicy.DEFAULT, SESSION_LIFETIME);
  }

  public InMemoryApplication(ExpiryPolicy expiryPolicy, Duration sessionLifetime) {
    this(expiryPolicy, sessionLifetime, IdentityProvider.NONE, SingleSignOn.DEFAULT);
  }

  /** Signing in through {@code provider} as well, as {@code singleSignOn} says. */
  public InMemoryApplication(IdentityProvider provider, SingleSignOn singleSignOn) {
    this(ExpiryPolicy.DEFAULT, SESSION_LIFETIME, provider, singleSignOn);
  }

  private InMemoryApplication(
      ExpiryPolicy expiryPolicy,
      Duration sessionLifetime,
      IdentityProvider provider,
      SingleSignOn singleSignOn) {
    tokens.ownerEmails(accounts::emailOf);
    UseCaseDecorator recording =
        new UseCaseDecorator() {
          @Override
          public <T> T around(UseCaseCall call, Supplier<T> work) {
            synchronized (calls) {
              calls.add(call);
            }
            everyCall.getOrDefault(call.useCase(), () -> {}).run();
            Runnable first = interleaved.remove(call.useCase());
            if (first != null) {
              first.run();
            }
            if (runTwice.remove(call.useCase())) {
              work.get();
            }
            return work.get();
          }
        };
    useCases =
        UseCases.wire(
            new Ports(
                accounts,
                passwordLinks,
                tokens,
                sessions,
                serviceClients,
                scimTokens,
                instancePolicies,
                clock,
                randomness,
                hasher,
                auditTrail,
                origins,
                notices,
                mailer,
                Cluster.ALONE,
                new LocalSharedState(clock),
                twoFactors,
                oneTimeCodes,
                provider),
            new Policies(
                expiryPolicy,
                sessionLifetime,
                Policies.DEFAULT.auditRetention(),
                Policies.DEFAULT.consoleUrl(),
                singleSignOn),
            recording);
  }

  /**
   * Runs {@code work} once, just before the next call of {@code useCase} (or of a step of one): a
   * race, played out on the fakes.
   */
  public void before(Class<?> useCase, Runnable work) {
    interleaved.put(useCase, work);
  }

  /** Runs {@code work} just before every call of {@code useCase} until {@link #stopBeforeEach}. */
  public void beforeEach(Class<?> useCase, Runnable work) {
    everyCall.put(useCase, work);
  }

  public void stopBeforeEach(Class<?> useCase) {
    everyCall.remove(useCase);
  }

  /**
   * Runs the next call of {@code step} twice, answering the second run, as the server's transaction
   * boundary does when it could not tell whether the first one's commit took effect and it did.
   */
  public void runAgain(Class<?> step) {
    runTwice.add(step);
  }

  /** Opens an account with this email and password. */
  public Account account(String email, String password) {
    return useCases
        .createAccount()
        .create(OPERATOR, new Email(email), Password.newPassword(password));
  }

  /** Creates a token of {@code owner} with this scope, expiring in {@code lifetime}. */
  public CreatedPersonalToken token(AccountId owner, String name, Scope scope, Duration lifetime) {
    return useCases
        .createPersonalToken()
        .create(
            new CreatePersonalTokenCommand(
                owner,
                new TokenName(name),
                TokenDescription.NONE,
                scope,
                clock.now().plus(lifetime)));
  }

  /**
   * Creates a global token of {@code owner}, expiring in 30 days, that may be used only from {@code
   * allowedIps} (addresses and CIDR ranges).
   */
  public CreatedPersonalToken boundToken(AccountId owner, String name, String... allowedIps) {
    return useCases
        .createPersonalToken()
        .create(
            new CreatePersonalTokenCommand(
                owner,
                new TokenName(name),
                TokenDescription.NONE,
                Scope.GLOBAL,
                clock.now().plus(Duration.ofDays(30)),
                Optional.of(AllowedIps.parse(List.of(allowedIps)))));
  }

  /** Creates a global token of {@code owner} named {@code name}, expiring in {@code lifetime}. */
  public CreatedPersonalToken token(AccountId owner, String name, Duration lifetime) {
    return token(owner, name, Scope.GLOBAL, lifetime);
  }

  /** Creates a token of {@code owner} with this scope, expiring in 30 days. */
  public CreatedPersonalToken token(AccountId owner, String name, Scope scope) {
    return token(owner, name, scope, Duration.ofDays(30));
  }

  /** Creates a token of {@code owner} named {@code name}, expiring in 30 days. */
  public CreatedPersonalToken token(AccountId owner, String name) {
    return token(owner, name, Duration.ofDays(30));
  }

  /** The use case calls so far, oldest first, as the decorator saw them. */
  public List<UseCaseCall> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  public UseCases useCases() {
    return useCases;
  }

  public ManualClock clock() {
    return clock;
  }

  public SeededRandomness randomness() {
    return randomness;
  }

  public FakePasswordHasher hasher() {
    return hasher;
  }

  public InMemoryAccounts accounts() {
    return accounts;
  }

  public InMemoryPasswordLinks passwordLinks() {
    return passwordLinks;
  }

  public InMemoryPersonalTokens tokens() {
    return tokens;
  }

  public InMemorySessions sessions() {
    return sessions;
  }

  public InMemoryServiceClients serviceClients() {
    return serviceClients;
  }

  public InMemoryScimTokens scimTokens() {
    return scimTokens;
  }

  public InMemoryInstancePolicies instancePolicies() {
    return instancePolicies;
  }

  public InMemoryAuditTrail auditTrail() {
    return auditTrail;
  }

  public SettableOrigins origins() {
    return origins;
  }

  public InMemoryNotices notices() {
    return notices;
  }

  public RecordingMailer mailer() {
    return mailer;
  }

  public InMemoryTwoFactors twoFactors() {
    return twoFactors;
  }

  /** The codes an authenticator app shows, as a person holding it would read them. */
  public FakeOneTimeCodes oneTimeCodes() {
    return oneTimeCodes;
  }

  public CreatePersonalTokenUseCase createToken() {
    return useCases.createPersonalToken();
  }

  public ListPersonalTokensUseCase listTokens() {
    return useCases.listPersonalTokens();
  }

  public GetPersonalTokenUseCase getToken() {
    return useCases.getPersonalToken();
  }

  public RevokePersonalTokenUseCase revokeToken() {
    return useCases.revokePersonalToken();
  }

  public AuthenticateUseCase authenticate() {
    return useCases.authenticate();
  }

  public SignInUseCase signIn() {
    return useCases.signIn();
  }

  public SignOutUseCase signOut() {
    return useCases.signOut();
  }

  public CreateAccountUseCase createAccount() {
    return useCases.createAccount();
  }

  public CreateFirstAccountUseCase createFirstAccount() {
    return useCases.createFirstAccount();
  }

  public GetAccountUseCase getAccount() {
    return useCases.getAccount();
  }

  public ResetPasswordUseCase resetPassword() {
    return useCases.resetPassword();
  }

  public ChangePasswordUseCase changePassword() {
    return useCases.changePassword();
  }

  /** Writes the uses authentication noted, as the server does every second. */
  public FlushTokenUsageUseCase flushTokenUsage() {
    return useCases.flushTokenUsage();
  }

  public PurgeEndedCredentialsUseCase purgeEndedCredentials() {
    return useCases.purgeEndedCredentials();
  }
}
