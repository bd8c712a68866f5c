package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;
import java.util.List;

/** One page of the security log, newest first, and how many events the whole log holds. */
record AuditEventPage(List<AuditEvent> events, long count) {

  static AuditEventPage from(JsonObject json) {
    return new AuditEventPage(
        json.getJsonArray("results").getValuesAs(AuditEvent::from),
        json.getJsonNumber("count").longValue());
  }
}
