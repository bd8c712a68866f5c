package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.JsonObject;
import java.util.List;

/** One page of the instance's security log, newest first, and how many events it holds in all. */
record InstanceAuditEventPage(List<InstanceAuditEvent> events, long count) {

  static InstanceAuditEventPage from(JsonObject json) {
    return new InstanceAuditEventPage(
        json.getJsonArray("results").getValuesAs(InstanceAuditEvent::from),
        json.getJsonNumber("count").longValue());
  }
}
