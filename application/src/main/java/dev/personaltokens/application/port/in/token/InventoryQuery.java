package dev.personaltokens.application.port.in.token;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.Scope;
import java.util.Optional;

/**
 * What an admin narrows the credentials inventory by; every part optional.
 *
 * @param search text in a token's name or description, any case; empty: all
 * @param expiresWithinDays only tokens that expire within this many days
 * @param unusedForDays only tokens not used for this many days, or never
 */
public record InventoryQuery(
    Optional<AccountId> owner,
    String search,
    Optional<Scope> scope,
    Optional<Integer> expiresWithinDays,
    Optional<Integer> unusedForDays) {

  /** Ten years: a span no token outlives. */
  static final int MAX_DAYS = 3660;

  public InventoryQuery {
    search = search == null ? "" : search.strip();
    requireDays(expiresWithinDays, "expires_within_days");
    requireDays(unusedForDays, "unused_for_days");
  }

  private static void requireDays(Optional<Integer> days, String field) {
    if (days.isPresent() && (days.get() < 0 || days.get() > MAX_DAYS)) {
      throw new InvalidValueException(
          "inventory.days.invalid", field, field + " must be a whole number from 0 to " + MAX_DAYS);
    }
  }
}
