package dev.personaltokens.adapter.in.cli;

/** Opens the operator's use cases on the database at {@code address}. */
@FunctionalInterface
public interface AdminConnector {

  AdminUseCases connect(DatabaseAddress address);
}
