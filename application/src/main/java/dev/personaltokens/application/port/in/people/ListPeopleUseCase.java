package dev.personaltokens.application.port.in.people;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.out.AccountSummary;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import dev.personaltokens.domain.account.AccountStatus;
import java.util.Optional;

/** The people of this server, for an admin: every account, oldest first, searched by email. */
@ReadsOnly
public interface ListPeopleUseCase {

  Page<AccountSummary> list(
      Actor admin, String search, Optional<AccountStatus> status, PageRequest page);
}
