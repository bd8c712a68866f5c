package dev.personaltokens.application.service.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.people.ListPeopleUseCase;
import dev.personaltokens.application.port.out.AccountSummary;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountStatus;
import java.util.Optional;

public final class ListPeopleService implements ListPeopleUseCase {

  private final Accounts accounts;
  private final Admins admins;
  private final Clock clock;

  public ListPeopleService(Accounts accounts, Clock clock) {
    this.accounts = accounts;
    this.admins = new Admins(accounts);
    this.clock = clock;
  }

  @Override
  public Page<AccountSummary> list(
      Actor admin, String search, Optional<AccountStatus> status, PageRequest page) {
    admins.require(admin);
    return accounts.find(search == null ? "" : search.strip(), status, page, clock.now());
  }
}
