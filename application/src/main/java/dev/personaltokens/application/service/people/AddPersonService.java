package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.account.EmailTakenException;
import dev.personaltokens.application.port.in.people.AddPersonUseCase;
import dev.personaltokens.application.port.in.people.IssuedPasswordLink;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.PasswordHash;
import dev.personaltokens.domain.account.Role;
import dev.personaltokens.domain.audit.AuditActor;
import dev.personaltokens.domain.audit.AuditEventType;

public final class AddPersonService implements AddPersonUseCase {

  private final Accounts accounts;
  private final Admins admins;
  private final PasswordLinkMaker links;
  private final Clock clock;
  private final Audit audit;
  private final InTransaction writes;

  public AddPersonService(
      Accounts accounts, PasswordLinkMaker links, Clock clock, Audit audit, InTransaction writes) {
    this.accounts = accounts;
    this.admins = new Admins(accounts);
    this.links = links;
    this.clock = clock;
    this.audit = audit;
    this.writes = writes;
  }

  @Override
  public IssuedPasswordLink add(Actor admin, Email email, Role role) {
    IssuedPasswordLink made =
        writes.run(
            () -> {
              AuditActor by = admins.require(admin);
              Account account =
                  accounts
                      .add(email, PasswordHash.NONE, clock.now(), role)
                      .orElseThrow(EmailTakenException::new);
              audit.record(
                  account.id(),
                  AuditEventType.ACCOUNT_CREATED,
                  "as " + account.role().code() + " by " + by.describe(),
                  by);
              return links.make(account);
            });
    return links.deliver(
        made,
        "An account on Personal Tokens was opened for you ("
            + email.value()
            + "). Set a password to sign in.");
  }
}
