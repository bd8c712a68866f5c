package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.audit.AuditEvent;

/** An event of the instance's security log, with the email of the account whose log it is in. */
public record InstanceAuditEvent(AuditEvent event, Email accountEmail) {}
