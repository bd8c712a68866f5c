package dev.personaltokens.adapter.in.cli.operator;

/** Opens the operator's use cases on the database at {@code address}. */
@FunctionalInterface
public interface AdminConnector {

  AdminUseCases connect(DatabaseAddress address);
}
