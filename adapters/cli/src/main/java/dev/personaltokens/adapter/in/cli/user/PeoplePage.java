package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of the people of this server, how many people the whole list holds and how many pages it
 * takes.
 */
record PeoplePage(List<Person> items, long count, long totalPages) implements ListPage<Person> {

  static PeoplePage from(JsonObject json) {
    return new PeoplePage(
        json.getJsonArray("results").getValuesAs(Person::from),
        json.getJsonNumber("count").longValue(),
        json.getJsonNumber("total_pages").longValue());
  }
}
