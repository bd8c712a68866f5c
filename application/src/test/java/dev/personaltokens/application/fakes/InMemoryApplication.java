package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.in.AuthenticateUseCase;
import dev.personaltokens.application.port.in.CreateAccountUseCase;
import dev.personaltokens.application.port.in.CreateFirstAccountUseCase;
import dev.personaltokens.application.port.in.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.in.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.CreatedPersonalToken;
import dev.personaltokens.application.port.in.GetAccountUseCase;
import dev.personaltokens.application.port.in.GetPersonalTokenUseCase;
import dev.personaltokens.application.port.in.ListPersonalTokensUseCase;
import dev.personaltokens.application.port.in.PurgeExpiredTokensUseCase;
import dev.personaltokens.application.port.in.ResetPasswordUseCase;
import dev.personaltokens.application.port.in.RevokePersonalTokenUseCase;
import dev.personaltokens.application.port.in.SignInUseCase;
import dev.personaltokens.application.port.in.SignOutUseCase;
import dev.personaltokens.application.service.AuthenticateService;
import dev.personaltokens.application.service.CreateAccountService;
import dev.personaltokens.application.service.CreateFirstAccountService;
import dev.personaltokens.application.service.CreatePersonalTokenService;
import dev.personaltokens.application.service.GetAccountService;
import dev.personaltokens.application.service.GetPersonalTokenService;
import dev.personaltokens.application.service.ListPersonalTokensService;
import dev.personaltokens.application.service.PurgeExpiredTokensService;
import dev.personaltokens.application.service.ResetPasswordService;
import dev.personaltokens.application.service.RevokePersonalTokenService;
import dev.personaltokens.application.service.SignInService;
import dev.personaltokens.application.service.SignOutService;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.ExpiryPolicy;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import java.time.Duration;

/** Every use case wired to the in-memory fakes, as the CDI producers wire them to the adapters. */
public final class InMemoryApplication {

  public static final Duration SESSION_LIFETIME = Duration.ofHours(24);

  private final ManualClock clock = new ManualClock();
  private final SeededRandomness randomness = new SeededRandomness();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final InMemoryPersonalTokens tokens = new InMemoryPersonalTokens();
  private final InMemorySessions sessions = new InMemorySessions();

  private final CreatePersonalTokenUseCase createToken;
  private final ListPersonalTokensUseCase listTokens;
  private final GetPersonalTokenUseCase getToken;
  private final RevokePersonalTokenUseCase revokeToken;
  private final AuthenticateUseCase authenticate;
  private final SignInUseCase signIn;
  private final SignOutUseCase signOut;
  private final CreateAccountUseCase createAccount;
  private final CreateFirstAccountUseCase createFirstAccount;
  private final GetAccountUseCase getAccount;
  private final ResetPasswordUseCase resetPassword;
  private final PurgeExpiredTokensUseCase purgeExpiredTokens;

  public InMemoryApplication() {
    this(ExpiryPolicy.DEFAULT, SESSION_LIFETIME);
  }

  public InMemoryApplication(ExpiryPolicy expiryPolicy, Duration sessionLifetime) {
    createToken = new CreatePersonalTokenService(tokens, clock, randomness, expiryPolicy);
    listTokens = new ListPersonalTokensService(tokens);
    getToken = new GetPersonalTokenService(tokens);
    revokeToken = new RevokePersonalTokenService(tokens, clock);
    authenticate = new AuthenticateService(tokens, sessions, clock);
    signIn = new SignInService(accounts, sessions, hasher, clock, randomness, sessionLifetime);
    signOut = new SignOutService(sessions);
    createAccount = new CreateAccountService(accounts, hasher, clock);
    createFirstAccount = new CreateFirstAccountService(accounts, createAccount, randomness);
    getAccount = new GetAccountService(accounts);
    resetPassword = new ResetPasswordService(accounts, sessions, hasher);
    purgeExpiredTokens = new PurgeExpiredTokensService(tokens, sessions, clock);
  }

  /** Opens an account with this email and password. */
  public Account account(String email, String password) {
    return createAccount.create(new Email(email), Password.newPassword(password));
  }

  /** Creates a token of {@code owner} named {@code name}, expiring in {@code lifetime}. */
  public CreatedPersonalToken token(AccountId owner, String name, Duration lifetime) {
    return createToken.create(
        new CreatePersonalTokenCommand(
            owner,
            new TokenName(name),
            TokenDescription.NONE,
            Scope.GLOBAL,
            clock.now().plus(lifetime)));
  }

  /** Creates a token of {@code owner} named {@code name}, expiring in 30 days. */
  public CreatedPersonalToken token(AccountId owner, String name) {
    return token(owner, name, Duration.ofDays(30));
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

  public InMemoryPersonalTokens tokens() {
    return tokens;
  }

  public InMemorySessions sessions() {
    return sessions;
  }

  public CreatePersonalTokenUseCase createToken() {
    return createToken;
  }

  public ListPersonalTokensUseCase listTokens() {
    return listTokens;
  }

  public GetPersonalTokenUseCase getToken() {
    return getToken;
  }

  public RevokePersonalTokenUseCase revokeToken() {
    return revokeToken;
  }

  public AuthenticateUseCase authenticate() {
    return authenticate;
  }

  public SignInUseCase signIn() {
    return signIn;
  }

  public SignOutUseCase signOut() {
    return signOut;
  }

  public CreateAccountUseCase createAccount() {
    return createAccount;
  }

  public CreateFirstAccountUseCase createFirstAccount() {
    return createFirstAccount;
  }

  public GetAccountUseCase getAccount() {
    return getAccount;
  }

  public ResetPasswordUseCase resetPassword() {
    return resetPassword;
  }

  public PurgeExpiredTokensUseCase purgeExpiredTokens() {
    return purgeExpiredTokens;
  }
}
