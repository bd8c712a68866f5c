package dev.personaltokens.application.service.account;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.CreateAccountUseCase;
import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.PasswordHasher;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditEventType;

/** Hashes the password first, outside any transaction (slow on purpose), then adds the account. */
public final class CreateAccountService implements CreateAccountUseCase {

  private final Accounts accounts;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final Audit audit;
  private final InTransaction writes;

  public CreateAccountService(
      Accounts accounts, PasswordHasher hasher, Clock clock, Audit audit, InTransaction writes) {
    this.accounts = accounts;
    this.hasher = hasher;
    this.clock = clock;
    this.audit = audit;
    this.writes = writes;
  }

  @Override
  public Account create(Actor actor, Email email, Password password) {
    PasswordHash hash = hasher.hash(password);
    return writes.run(() -> add(actor, email, hash));
  }

  /**
   * Adds the account, in the caller's transaction; its log says who opened it: the operator (its
   * actor), or the first start.
   */
  Account add(Actor actor, Email email, PasswordHash hash) {
    Account account =
        accounts.add(email, hash, clock.now(), Role.MEMBER).orElseThrow(EmailTakenException::new);
    audit.record(
        account.id(),
        AuditEventType.ACCOUNT_CREATED,
        "as " + account.role().code() + " by " + actor.describe(),
        Audit.operatorOf(actor));
    return account;
  }
}
