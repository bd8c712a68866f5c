package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.token.InventoryQuery;
import dev.personaltokens.application.port.in.token.ListInventoryUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.InventoryEntry;
import dev.personaltokens.application.port.out.InventoryFilter;
import dev.personaltokens.application.port.out.PersonalTokens;
import dev.personaltokens.application.service.Admins;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;
import java.time.Duration;
import java.time.Instant;

public final class ListInventoryService implements ListInventoryUseCase {

  private final PersonalTokens tokens;
  private final Admins admins;
  private final Clock clock;

  public ListInventoryService(PersonalTokens tokens, Accounts accounts, Clock clock) {
    this.tokens = tokens;
    this.admins = new Admins(accounts);
    this.clock = clock;
  }

  @Override
  public Page<InventoryEntry> list(Actor admin, InventoryQuery query, PageRequest page) {
    admins.require(admin);
    Instant now = clock.now();
    InventoryFilter filter =
        new InventoryFilter(
            query.owner(),
            query.search(),
            query.scope(),
            query.expiresWithinDays().map(days -> now.plus(Duration.ofDays(days))),
            query.unusedForDays().map(days -> now.minus(Duration.ofDays(days))));
    return tokens.findLive(filter, page, now);
  }
}
