package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.domain.token.Scope;

/**
 * What {@code ptk credentials list} narrows the inventory to; null (or an empty search) where it
 * does not.
 *
 * @param owner an account's id
 * @param search text in a token's name or description
 * @param expiresWithinDays expiring within this many days
 * @param unusedForDays not used for this many days, or never
 */
record InventoryFilter(
    Long owner, String search, Scope scope, Integer expiresWithinDays, Integer unusedForDays) {

  /** Whether anything narrows the inventory. */
  boolean narrows() {
    return owner != null
        || !search.isEmpty()
        || scope != null
        || expiresWithinDays != null
        || unusedForDays != null;
  }
}
