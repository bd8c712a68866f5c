package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.people.ReactivateAccountUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.AccountStatus;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;

public final class ReactivateAccountService implements ReactivateAccountUseCase {

  private final Accounts accounts;
  private final Admins admins;
  private final Audit audit;

  public ReactivateAccountService(Accounts accounts, Audit audit) {
    this.accounts = accounts;
    this.admins = new Admins(accounts);
    this.audit = audit;
  }

  @Override
  public Account reactivate(Actor admin, AccountId id) {
    AuditActor by = admins.require(admin);
    Account account = People.find(accounts, id);
    if (account.isActive()) {
      return account;
    }
    if (!accounts.changeStatus(id, AccountStatus.ACTIVE)) {
      return People.find(accounts, id); // reactivated by another call since it was read
    }
    audit.record(
        id,
        AuditEventType.ACCOUNT_REACTIVATED,
        "by " + by.describe() + "; the tokens it had stay revoked",
        by);
    return People.find(accounts, id);
  }
}
