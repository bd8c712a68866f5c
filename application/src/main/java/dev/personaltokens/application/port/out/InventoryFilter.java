package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Scope;
import java.time.Instant;
import java.util.Optional;

/**
 * What narrows the credentials inventory; every part is optional (empty: no narrowing).
 *
 * @param search text in the token's name or description, any case; empty matches all
 * @param expiringBefore only tokens that expire before this
 * @param unusedSince only tokens not used since this, or never used
 */
public record InventoryFilter(
    Optional<AccountId> owner,
    String search,
    Optional<Scope> scope,
    Optional<Instant> expiringBefore,
    Optional<Instant> unusedSince) {

  public static final InventoryFilter ALL =
      new InventoryFilter(
          Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty());
}
