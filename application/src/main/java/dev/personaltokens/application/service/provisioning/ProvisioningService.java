package dev.personaltokens.application.service.provisioning;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.AccountNotFoundException;
import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.application.port.in.provisioning.ChangeEmailUseCase;
import dev.personaltokens.application.port.in.provisioning.FindPersonUseCase;
import dev.personaltokens.application.port.in.provisioning.GetPersonUseCase;
import dev.personaltokens.application.port.in.provisioning.ProvisionPersonUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.PasswordlessAccounts;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;
import java.util.Optional;

/**
 * What an identity provider does to people besides deactivating and reactivating them (the admins'
 * use cases, which it calls as they do): each call checked by {@link Admins}, as an admin's is.
 */
public final class ProvisioningService
    implements GetPersonUseCase, FindPersonUseCase, ProvisionPersonUseCase, ChangeEmailUseCase {

  private final Accounts accounts;
  private final Admins admins;
  private final PasswordlessAccounts opened;
  private final Audit audit;

  public ProvisioningService(Accounts accounts, Clock clock, Audit audit) {
    this.accounts = accounts;
    this.admins = new Admins(accounts);
    this.opened = new PasswordlessAccounts(accounts, clock, audit);
    this.audit = audit;
  }

  @Override
  public Account get(Actor admin, AccountId id) {
    admins.require(admin);
    return find(id);
  }

  @Override
  public Optional<Account> find(Actor admin, Email email) {
    admins.require(admin);
    return accounts.findByEmail(email);
  }

  /** No password and no link: whoever signs in as it does so through the identity provider. */
  @Override
  public Account provision(Actor admin, Email email) {
    return opened.open(email, Role.MEMBER, admins.require(admin));
  }

  @Override
  public Account change(Actor admin, AccountId id, Email email) {
    AuditActor by = admins.require(admin);
    Account account = find(id);
    if (account.email().equals(email)) {
      return account;
    }
    if (!accounts.changeEmail(id, email)) {
      throw new EmailTakenException();
    }
    audit.record(
        id,
        AuditEventType.ACCOUNT_EMAIL_CHANGED,
        account.email().value() + " to " + email.value() + " by " + by.describe(),
        by);
    return find(id);
  }

  private Account find(AccountId id) {
    return accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
  }
}
