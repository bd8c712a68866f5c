package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.people.IssuedPasswordLink;
import dev.personaltokens.application.port.in.people.SendPasswordLinkUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;

public final class SendPasswordLinkService implements SendPasswordLinkUseCase {

  private final Accounts accounts;
  private final Admins admins;
  private final PasswordLinkMaker links;
  private final Audit audit;
  private final InTransaction writes;

  public SendPasswordLinkService(
      Accounts accounts, PasswordLinkMaker links, Audit audit, InTransaction writes) {
    this.accounts = accounts;
    this.admins = new Admins(accounts);
    this.links = links;
    this.audit = audit;
    this.writes = writes;
  }

  @Override
  public IssuedPasswordLink send(Actor admin, AccountId id) {
    IssuedPasswordLink made =
        writes.run(
            () -> {
              AuditActor by = admins.require(admin);
              Account account = People.find(accounts, id);
              if (!account.isActive()) {
                throw new DomainException(
                    ErrorCategory.CONFLICT,
                    "account.deactivated",
                    "this account is deactivated; reactivate it first");
              }
              audit.record(id, AuditEventType.PASSWORD_RESET_LINK_SENT, "by " + by.describe(), by);
              return links.make(account);
            });
    return links.deliver(
        made, "An admin of Personal Tokens sent you a link to set a new password.");
  }
}
