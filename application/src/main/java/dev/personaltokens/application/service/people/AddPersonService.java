package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.people.AddPersonUseCase;
import dev.personaltokens.application.port.in.people.IssuedPasswordLink;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.application.service.Audit;
import dev.personaltokens.application.service.InTransaction;
import dev.personaltokens.application.service.PasswordlessAccounts;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Role;

public final class AddPersonService implements AddPersonUseCase {

  private final Admins admins;
  private final PasswordlessAccounts opened;
  private final PasswordLinkMaker links;
  private final InTransaction writes;

  public AddPersonService(
      Accounts accounts, PasswordLinkMaker links, Clock clock, Audit audit, InTransaction writes) {
    this.admins = new Admins(accounts);
    this.opened = new PasswordlessAccounts(accounts, clock, audit);
    this.links = links;
    this.writes = writes;
  }

  @Override
  public IssuedPasswordLink add(Actor admin, Email email, Role role) {
    IssuedPasswordLink made =
        writes.run(() -> links.make(opened.open(email, role, admins.require(admin))));
    return links.deliver(
        made,
        "An account on Personal Tokens was opened for you ("
            + email.value()
            + "). Set a password to sign in.");
  }
}
