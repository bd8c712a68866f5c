package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of the credentials inventory, how many live tokens it holds in all and how many pages
 * they take.
 */
record InventoryPage(List<InventoryToken> items, long count, long totalPages)
    implements ListPage<InventoryToken> {

  static InventoryPage from(JsonObject json) {
    return new InventoryPage(
        json.getJsonArray("results").getValuesAs(InventoryToken::from),
        json.getJsonNumber("count").longValue(),
        json.getJsonNumber("total_pages").longValue());
  }
}
