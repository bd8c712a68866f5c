package dev.personaltokens.application.service.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.CreateAccountUseCase;
import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditEventType;

public final class CreateAccountService implements CreateAccountUseCase {

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final Audit audit;

  public CreateAccountService(Accounts accounts, PasswordHasher hasher, Clock clock, Audit audit) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.clock = clock;
    this.audit = audit;
  }

  /** The new account's log says who opened it: the operator (its actor), or the first start. */
  @Override
  public Account create(Actor actor, Email email, Password password) {
    Account account =
        accounts
            .add(email, hasher.hash(password), clock.now(), Role.MEMBER)
            .orElseThrow(EmailTakenException::new);
    audit.record(
        account.id(),
        AuditEventType.ACCOUNT_CREATED,
        "as " + account.role().code() + " by " + actor.describe(),
        Audit.operatorOf(actor));
    return account;
  }
}
