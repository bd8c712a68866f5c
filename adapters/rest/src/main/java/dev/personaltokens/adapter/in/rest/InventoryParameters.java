package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.token.InventoryQuery;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.token.Scope;
import jakarta.ws.rs.QueryParam;

/**
 * The credentials inventory's query parameters, read alike for its JSON and its CSV; a bad one is
 * refused naming it.
 */
public class InventoryParameters {

  @QueryParam("page")
  String page;

  @QueryParam("page_size")
  String pageSize;

  @QueryParam("owner")
  String owner;

  @QueryParam("search")
  String search;

  @QueryParam("scope")
  String scope;

  @QueryParam("expires_within_days")
  String expiresWithinDays;

  @QueryParam("unused_for_days")
  String unusedForDays;

  InventoryQuery query() {
    return Parameters.read(
        () ->
            new InventoryQuery(
                Parameters.present(owner).map(id -> Parameters.accountId(id, "owner")),
                search,
                Parameters.present(scope).map(Scope::fromCode),
                Parameters.present(expiresWithinDays)
                    .map(days -> days(days, "expires_within_days")),
                Parameters.present(unusedForDays).map(days -> days(days, "unused_for_days"))));
  }

  private static int days(String value, String field) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      throw new InvalidValueException(
          "inventory.days.invalid", field, field + " must be a whole number of days");
    }
  }
}
