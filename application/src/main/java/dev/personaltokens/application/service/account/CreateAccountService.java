package dev.personaltokens.application.service.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.CreateAccountUseCase;
import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;

public final class CreateAccountService implements CreateAccountUseCase {

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final Clock clock;

  public CreateAccountService(Accounts accounts, PasswordHasher hasher, Clock clock) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.clock = clock;
  }

  @Override
  public Account create(Actor actor, Email email, Password password) {
    return accounts
        .add(email, hasher.hash(password), clock.now(), Role.MEMBER)
        .orElseThrow(EmailTakenException::new);
  }
}
