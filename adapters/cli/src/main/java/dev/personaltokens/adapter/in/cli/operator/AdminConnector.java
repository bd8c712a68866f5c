package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.application.Policies;

/**
 * Opens the operator's use cases on the database at {@code address}, obeying {@code policies} - the
 * server's, read from the same settings (PTK_AUDIT_RETENTION...).
 */
@FunctionalInterface
public interface AdminConnector {

  AdminUseCases connect(DatabaseAddress address, Policies policies);
}
