package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.ReadsOnly;
import dev.personaltokens.application.port.out.InventoryEntry;
import dev.personaltokens.domain.Page;
import dev.personaltokens.domain.PageRequest;

/**
 * The credentials inventory, for admins: every live personal token of every account, newest first,
 * with its owner - what the owner's own list shows, never more (no key, no digest).
 */
@ReadsOnly
public interface ListInventoryUseCase {

  Page<InventoryEntry> list(Actor admin, InventoryQuery query, PageRequest page);
}
