package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.out.InstanceAuditEvent;

/** An event of the instance's log: as the owner's log shows it, and whose log it is. */
public record InstanceAuditEntry(Account account, AuditEventListResponse.Event event) {

  public record Account(long id, String email) {}

  static InstanceAuditEntry from(InstanceAuditEvent item) {
    return new InstanceAuditEntry(
        new Account(item.event().account().value(), item.accountEmail().value()),
        AuditEventListResponse.Event.from(item.event()));
  }
}
