package dev.personaltokens.distribution;

import dev.personaltokens.application.port.in.AuthenticateUseCase;
import dev.personaltokens.application.port.in.CreateAccountUseCase;
import dev.personaltokens.application.port.in.CreateFirstAccountUseCase;
import dev.personaltokens.application.port.in.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.in.GetAccountUseCase;
import dev.personaltokens.application.port.in.GetPersonalTokenUseCase;
import dev.personaltokens.application.port.in.ListPersonalTokensUseCase;
import dev.personaltokens.application.port.in.RevokePersonalTokenUseCase;
import dev.personaltokens.application.port.in.SignInUseCase;
import dev.personaltokens.application.port.in.SignOutUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.Sessions;
import dev.personaltokens.application.service.AuthenticateService;
import dev.personaltokens.application.service.CreateAccountService;
import dev.personaltokens.application.service.CreateFirstAccountService;
import dev.personaltokens.application.service.CreatePersonalTokenService;
import dev.personaltokens.application.service.GetAccountService;
import dev.personaltokens.application.service.GetPersonalTokenService;
import dev.personaltokens.application.service.ListPersonalTokensService;
import dev.personaltokens.application.service.RevokePersonalTokenService;
import dev.personaltokens.application.service.SignInService;
import dev.personaltokens.application.service.SignOutService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The use cases, each call in one transaction. */
@ApplicationScoped
public class UseCaseProducers {

  @Inject TransactionBoundary tx;
  @Inject Settings settings;
  @Inject PersonalTokens tokens;
  @Inject Accounts accounts;
  @Inject Sessions sessions;
  @Inject Clock clock;
  @Inject Randomness randomness;
  @Inject PasswordHasher hasher;

  @Produces
  @ApplicationScoped
  CreatePersonalTokenUseCase createPersonalToken() {
    var service =
        new CreatePersonalTokenService(tokens, clock, randomness, settings.expiryPolicy());
    return command -> tx.call(() -> service.create(command));
  }

  @Produces
  @ApplicationScoped
  ListPersonalTokensUseCase listPersonalTokens() {
    var service = new ListPersonalTokensService(tokens);
    return (owner, search, page) -> tx.call(() -> service.list(owner, search, page));
  }

  @Produces
  @ApplicationScoped
  GetPersonalTokenUseCase getPersonalToken() {
    var service = new GetPersonalTokenService(tokens);
    return (owner, id) -> tx.call(() -> service.get(owner, id));
  }

  @Produces
  @ApplicationScoped
  RevokePersonalTokenUseCase revokePersonalToken() {
    var service = new RevokePersonalTokenService(tokens, clock);
    return (owner, id) -> tx.run(() -> service.revoke(owner, id));
  }

  @Produces
  @ApplicationScoped
  AuthenticateUseCase authenticate() {
    var service = new AuthenticateService(tokens, sessions, clock);
    return secret -> tx.call(() -> service.authenticate(secret));
  }

  @Produces
  @ApplicationScoped
  SignInUseCase signIn() {
    var service =
        new SignInService(
            accounts, sessions, hasher, clock, randomness, settings.sessionLifetime());
    return (email, password) -> tx.call(() -> service.signIn(email, password));
  }

  @Produces
  @ApplicationScoped
  SignOutUseCase signOut() {
    var service = new SignOutService(sessions);
    return secret -> tx.run(() -> service.signOut(secret));
  }

  @Produces
  @ApplicationScoped
  GetAccountUseCase getAccount() {
    var service = new GetAccountService(accounts);
    return id -> tx.call(() -> service.get(id));
  }

  @Produces
  @ApplicationScoped
  CreateAccountUseCase createAccount() {
    var service = new CreateAccountService(accounts, hasher, clock);
    return (email, password) -> tx.call(() -> service.create(email, password));
  }

  @Produces
  @ApplicationScoped
  CreateFirstAccountUseCase createFirstAccount() {
    var service =
        new CreateFirstAccountService(
            accounts, new CreateAccountService(accounts, hasher, clock), randomness);
    return (email, password) -> tx.call(() -> service.createIfNoAccount(email, password));
  }
}
