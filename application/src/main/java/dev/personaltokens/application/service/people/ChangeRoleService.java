package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.people.ChangeRoleUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;

public final class ChangeRoleService implements ChangeRoleUseCase {

  private final Accounts accounts;
  private final Admins admins;
  private final Audit audit;

  public ChangeRoleService(Accounts accounts, Audit audit) {
    this.accounts = accounts;
    this.admins = new Admins(accounts);
    this.audit = audit;
  }

  @Override
  public Account change(Actor admin, AccountId id, Role role) {
    AuditActor by = admins.require(admin);
    Account account = People.find(accounts, id);
    if (account.role() == role) {
      return account;
    }
    if (account.isAdmin() && account.isActive()) {
      People.requireAnotherAdmin(accounts, id);
    }
    accounts.changeRole(id, role);
    audit.record(
        id,
        AuditEventType.ACCOUNT_ROLE_CHANGED,
        account.role().code() + " to " + role.code() + " by " + by.describe(),
        by);
    return People.find(accounts, id);
  }
}
